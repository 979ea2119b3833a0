import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApiNotice } from "@/components/common/api-notice";
import { isLocale, type Locale } from "@/i18n/routing";
import { getMeta, getTaxonomy } from "@/lib/api";
import { parseFilters, type SearchParamsRecord } from "@/lib/filters";
import { formatIsoDate } from "@/lib/format";
import { exportHref } from "@/lib/links";
import { typeColour } from "@/lib/taxonomy";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParamsRecord>;
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "ar", namespace: "method" });
  return { title: t("title") };
}

export default async function MethodPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : "ar";
  setRequestLocale(locale);
  const t = await getTranslations("method");
  const filters = parseFilters(await searchParams);
  const [taxonomy, meta] = await Promise.all([getTaxonomy(), getMeta()]);
  const today = new Date().toISOString().slice(0, 10);
  const version = meta.ok ? meta.data.dataset : "—";
  return (
    <div className="prose-wide">
      <h1>{t("title")}</h1>
      {meta.ok ? <p className="muted">{t("versions", { extractor: meta.data.extractor, dataset: meta.data.dataset })}</p> : null}
      <section className="prose">
        <h2>{t("howTitle")}</h2>
        <p>{t("how")}</p>
      </section>

      <section>
        <h2 id="taxonomy">{t("taxonomyTitle")}</h2>
        {taxonomy.ok ? (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("typeAr")}</th>
                  <th scope="col">{t("typeEn")}</th>
                </tr>
              </thead>
              <tbody>
                {taxonomy.data.eventTypes.map((type) => [
                  <tr key={type.en}>
                    <th scope="rowgroup" style={{ borderInlineStart: `6px solid ${typeColour(type.en)}` }}>
                      <span lang="ar" dir="rtl">{type.ar}</span>
                    </th>
                    <th scope="rowgroup">
                      <span lang="en">{type.en}</span>
                    </th>
                  </tr>,
                  ...type.subTypes.map((sub) => (
                    <tr key={`${type.en}/${sub.en}`}>
                      <td lang="ar" dir="rtl">{sub.ar}</td>
                      <td lang="en" dir="ltr">
                        {sub.en}
                      </td>
                    </tr>
                  )),
                ])}
              </tbody>
            </table>
          </div>
        ) : (
          <ApiNotice problem={taxonomy.error} />
        )}
      </section>

      {taxonomy.ok ? (
        <div className="two-col">
          <section>
            <h2>{t("actorCategoriesTitle")}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t("typeAr")}</th>
                  <th scope="col">{t("typeEn")}</th>
                </tr>
              </thead>
              <tbody>
                {taxonomy.data.actorCategories.map((category) => (
                  <tr key={category.id}>
                    <td>{category.inter}</td>
                    <td lang="ar" dir="rtl">{category.ar}</td>
                    <td lang="en" dir="ltr">{category.en}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section>
            <h2>{t("weaponsTitle")}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("typeAr")}</th>
                  <th scope="col">{t("typeEn")}</th>
                </tr>
              </thead>
              <tbody>
                {taxonomy.data.weapons.map((weapon) => (
                  <tr key={weapon.id}>
                    <td lang="ar" dir="rtl">{weapon.ar}</td>
                    <td lang="en" dir="ltr">{weapon.en}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      ) : null}

      <section className="prose">
        <h2>{t("confidenceTitle")}</h2>
        <p>{t("confidence")}</p>
        <h2>{t("limitsTitle")}</h2>
        <p>{t("limits")}</p>
        <h2>{t("numbersTitle")}</h2>
        <p>{t("numbers")}</p>
        <h2>{t("citeTitle")}</h2>
        <blockquote>
          <p>{t("cite", { version, date: formatIsoDate(locale, today) })}</p>
        </blockquote>
        <h2 id="download">{t("downloadTitle")}</h2>
        <p>{t("download")}</p>
        <ul>
          <li>
            <a href={exportHref(locale, "csv", filters)} download>
              {t("csv")}
            </a>
          </li>
          <li>
            <a href={exportHref(locale, "geojson", filters)} download>
              {t("geojson")}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
