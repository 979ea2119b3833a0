import { getTranslations } from "next-intl/server";
import { BidiName, nameFor } from "@/components/common/bidi-name";
import { TypeBadge } from "@/components/common/type-badge";
import { Link } from "@/components/common/locale-link";
import type { Locale } from "@/i18n/routing";
import type { IncidentItem } from "@/lib/api";
import { formatIsoDate, formatNumber } from "@/lib/format";
import { subTypeLabel } from "@/lib/labels";
import { typeColour } from "@/lib/taxonomy";

/** The incidents as a list: the map's content for keyboard and screen-reader users, and the "latest" column. */
export async function IncidentList({ items, locale, label }: { items: readonly IncidentItem[]; locale: Locale; label: string }) {
  const t = await getTranslations("home");
  if (items.length === 0) return <p>{t("empty")}</p>;
  return (
    <ol className="incident-list" aria-label={label}>
      {items.map((item) => {
        const place = item.labels.place;
        const { min, max } = item.fatalities;
        const killed =
          min !== null && max !== null && min !== max
            ? t("killedRange", { min: formatNumber(locale, min), max: formatNumber(locale, max) })
            : (max ?? min) !== null && (max ?? min) !== 0
              ? t("killed", { count: max ?? min ?? 0 })
              : null;
        return (
          <li key={item.id} style={{ ["--type-colour" as string]: typeColour(item.eventType) }} data-incident-id={item.id}>
            <Link href={`/incidents/${item.id}`} className="title">
              {subTypeLabel(locale, item.eventType, item.subEventType)}
              {" — "}
              {place ? <BidiName locale={locale} item={place} /> : t("unknownPlace")}
            </Link>
            <div className="meta">
              <TypeBadge type={item.eventType} />
              {item.dateMin ? <span>{formatIsoDate(locale, item.dateMin)}</span> : null}
              {place?.admin1 ? <span>{nameFor(locale, place.admin1)}</span> : null}
              <span>{t("reports", { count: item.reportCount })}</span>
              {killed ? <span>{killed}</span> : null}
              {item.disputed ? <span className="tag">{t("disputed")}</span> : null}
            </div>
            {item.labels.outlets.length > 0 ? (
              <div className="meta">
                {item.labels.outlets.map((outlet) => (
                  <BidiName key={outlet.id} locale={locale} item={outlet} />
                ))}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
