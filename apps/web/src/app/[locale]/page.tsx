import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/i18n/routing";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const t = await getTranslations("home");
  return <h1>{t("title")}</h1>;
}
