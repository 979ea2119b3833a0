import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/components/common/locale-link";
import type { Locale } from "@/i18n/routing";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const site = await getTranslations({ locale, namespace: "site" });
  const other: Locale = locale === "ar" ? "en" : "ar";
  const switchProps = { target: other, label: site("switchTo"), title: site("switchToLabel") };
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {site("name")}
      </Link>
      <nav aria-label={t("label")}>
        <ul>
          <li>
            <Link href="/">{t("map")}</Link>
          </li>
          <li>
            <Link href="/try">{t("try")}</Link>
          </li>
          <li>
            <Link href="/feeds">{t("feeds")}</Link>
          </li>
          <li>
            <Link href="/method">{t("method")}</Link>
          </li>
        </ul>
      </nav>
      <Suspense fallback={<a href={`/${other}`} lang={other} hrefLang={other} className="lang-switch" title={switchProps.title}>{switchProps.label}</a>}>
        <LanguageSwitch {...switchProps} />
      </Suspense>
    </header>
  );
}
