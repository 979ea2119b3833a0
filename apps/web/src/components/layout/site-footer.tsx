import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <footer className="site-footer">
      <p>{t("footer")}</p>
    </footer>
  );
}
