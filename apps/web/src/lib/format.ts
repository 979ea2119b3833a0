import type { Locale } from "@/i18n/routing";

/**
 * Locale tags used for every number and date on the site.
 *
 * Arabic uses `ar-SY` with Western ("Latin") digits on purpose: the Syrian outlets Marsad reads print 0–9, ACLED's
 * data and the CSV exports use them, and readers copy figures between the site and spreadsheets. `ar-SY` also gives
 * the Levantine month names (كانون الثاني، شباط …) that Syrian readers use. The calendar is Gregorian in both.
 */
const INTL_LOCALE: Record<Locale, string> = {
  ar: "ar-SY-u-nu-latn-ca-gregory",
  en: "en-GB-u-nu-latn-ca-gregory",
};

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

export function formatPercent(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(value);
}

export type DatePrecisionName = "day" | "week" | "month" | "year" | "unknown";

/** Formats an ISO date (YYYY-MM-DD) at the precision the source gave; UTC so the day never shifts. */
export function formatIsoDate(locale: Locale, iso: string, precision: DatePrecisionName = "day"): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    precision === "year"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "month"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
}

export function formatShortDate(locale: Locale, iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "short", timeZone: "UTC" }).format(date);
}
