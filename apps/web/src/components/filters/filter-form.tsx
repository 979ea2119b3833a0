import { getTranslations } from "next-intl/server";
import { nameFor } from "@/components/common/bidi-name";
import type { Locale } from "@/i18n/routing";
import type { FilterOptions } from "@/lib/filter-options";
import { type Filters, hasFilters } from "@/lib/filters";
import { feedHref } from "@/lib/links";
import { ALL_TYPES } from "@/lib/taxonomy";

/** A plain GET form: it works without JavaScript and every submission is a shareable URL. */
export async function FilterForm({ locale, filters, options }: { locale: Locale; filters: Filters; options: FilterOptions }) {
  const t = await getTranslations("filters");
  const types = await getTranslations("types");
  return (
    <section className="filters card" aria-labelledby="filters-title">
      <h2 id="filters-title">{t("title")}</h2>
      <search>
      <form method="get" action={`/${locale}`}>
        <div className="field wide">
          <label htmlFor="f-q">{t("q")}</label>
          <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("qPlaceholder")} />
        </div>
        <div className="field">
          <label htmlFor="f-admin1">{t("admin1")}</label>
          <select id="f-admin1" name="admin1" defaultValue={filters.admin1 ?? ""}>
            <option value="">{t("anyPlace")}</option>
            {options.governorates.map((admin1) => (
              <option key={admin1.id} value={admin1.id}>
                {nameFor(locale, admin1)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-place">{t("place")}</label>
          <select id="f-place" name="place" defaultValue={filters.place ?? ""}>
            <option value="">{t("anyPlace")}</option>
            {options.placeGroups.map((group) => (
              <optgroup key={group.admin1.id} label={nameFor(locale, group.admin1)}>
                {group.places.map((place) => (
                  <option key={place.id} value={place.id}>
                    {nameFor(locale, place)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-type">{t("type")}</label>
          <select id="f-type" name="type" defaultValue={filters.type ?? ""}>
            <option value="">{t("anyType")}</option>
            {ALL_TYPES.map((type) => (
              <option key={type} value={type}>
                {types(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-actor">{t("actor")}</label>
          <select id="f-actor" name="actor" defaultValue={filters.actor ?? ""}>
            <option value="">{t("anyActor")}</option>
            {options.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {nameFor(locale, actor)}
              </option>
            ))}
          </select>
        </div>
        <div className="field wide">
          <label htmlFor="f-outlet">{t("outlet")}</label>
          <select id="f-outlet" name="outlet" defaultValue={filters.outlet ?? ""}>
            <option value="">{t("anyOutlet")}</option>
            {options.outlets.map((outlet) => (
              <option key={outlet.id} value={outlet.id}>
                {nameFor(locale, outlet)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-from">{t("from")}</label>
          <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-to">{t("to")}</label>
          <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <div className="actions wide">
          <button type="submit">{t("apply")}</button>
          {hasFilters(filters) ? <a href={`/${locale}`}>{t("reset")}</a> : null}
          <a href={feedHref(locale, "atom", filters)}>{t("followFeed")}</a>
        </div>
      </form>
      </search>
    </section>
  );
}
