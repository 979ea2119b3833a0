import type { Locale } from "@/i18n/routing";
import { type Filters, filtersToParams } from "./filters";

/** Download of the current filter, proxied by this site's `/[locale]/export` route so the browser needs no API URL. */
export function exportHref(locale: Locale, format: "csv" | "geojson", filters: Filters): string {
  const params = filtersToParams(filters);
  params.set("format", format);
  return `/${locale}/export?${params.toString()}`;
}

export function feedHref(locale: Locale, format: "atom" | "rss", filters: Filters): string {
  const params = filtersToParams(filters);
  if (format === "rss") params.set("format", "rss");
  const query = params.toString();
  return `/${locale}/feed${query ? `?${query}` : ""}`;
}
