import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/routing";
import { feedHref } from "@/lib/links";
import { ALL_TYPES } from "@/lib/taxonomy";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "ar", namespace: "feeds" });
  return { title: t("title") };
}

export default async function FeedsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : "ar";
  setRequestLocale(locale);
  const t = await getTranslations("feeds");
  const types = await getTranslations("types");
  const example = `/${locale}/feed?type=Battles&place=…`;
  return (
    <div className="prose">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("all")}</h2>
      <p>
        <a href={feedHref(locale, "atom", {})}>{t("atom")}</a> · <a href={feedHref(locale, "rss", {})}>{t("rss")}</a>
      </p>
      <h2>{t("byType")}</h2>
      <ul>
        {ALL_TYPES.map((type) => (
          <li key={type}>
            {types(type)}: <a href={feedHref(locale, "atom", { type })}>{t("atom")}</a> ·{" "}
            <a href={feedHref(locale, "rss", { type })}>{t("rss")}</a>
          </li>
        ))}
      </ul>
      <p>
        {t("howTo")}
        <code dir="ltr">{example}</code>
      </p>
    </div>
  );
}
