import type { Locale } from "@/i18n/routing";

interface Named {
  name: string;
  nameEn?: string | null | undefined;
}

/** The name for the page's language, isolated so a Latin name inside Arabic text (or the reverse) keeps its order. */
export function nameFor(locale: Locale, item: Named): string {
  return locale === "en" && item.nameEn ? item.nameEn : item.name;
}

export function BidiName({ locale, item }: { locale: Locale; item: Named }) {
  const text = nameFor(locale, item);
  const isArabic = /[\u0600-\u06ff]/.test(text);
  return <bdi lang={isArabic ? "ar" : "en"}>{text}</bdi>;
}
