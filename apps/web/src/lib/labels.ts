import { type Count, TAXONOMY } from "@marsad/model";
import type { Locale } from "@/i18n/routing";
import { formatNumber } from "./format";
import { isEventType } from "./taxonomy";

/** A sub-event type in the page's language (the English name is ACLED's own string). */
export function subTypeLabel(locale: Locale, type: string, subType: string): string {
  if (locale === "en" || !isEventType(type)) return subType;
  const subTypes: Record<string, string> = TAXONOMY[type].subTypes;
  return subTypes[subType] ?? subType;
}

/** A count as the source gave it: one number, a range, a lower bound, or null for a vague amount ("dozens"). */
export function formatCount(locale: Locale, count: Count): string | null {
  if (count.count !== null) return formatNumber(locale, count.count);
  if (count.min !== null && count.max !== null) return `${formatNumber(locale, count.min)}–${formatNumber(locale, count.max)}`;
  if (count.min !== null) return `${formatNumber(locale, count.min)}+`;
  if (count.max !== null) return `≤ ${formatNumber(locale, count.max)}`;
  return null;
}
