import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { pickMessages } from "@/lib/messages";
import { Playground } from "./_components/playground";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "ar", namespace: "try" });
  return { title: t("title") };
}

export default async function TryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const t = await getTranslations("try");
  const messages = await getMessages();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="prose">{t("intro")}</p>
      <NextIntlClientProvider messages={pickMessages(messages, ["try", "event", "mention", "types", "article", "placeKind"])}>
        <Playground />
      </NextIntlClientProvider>
    </>
  );
}
