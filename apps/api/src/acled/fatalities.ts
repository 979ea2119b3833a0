import type { Count } from "@marsad/model";

/**
 * ACLED's single fatality number from a count (ACLED codebook conventions):
 * - no fatalities reported → 0;
 * - a stated number → that number; a range or a bound ("between 5 and 7", "more than 5") → the lower figure,
 *   ACLED taking the most conservative estimate;
 * - vague plurals: "dozens" → 12, "hundreds" → 100, "thousands" → 1000 (ACLED codes "dozens" as 12 and
 *   "hundreds" as 100; the extractor reads `عشرات`/`مئات`/`آلاف` as 20–99 / 200–999 / 2000–9999);
 * - killed but no figure at all ("several", "many", `عدد من`) → 10, ACLED's default for plural unspecified
 *   fatalities; only an upper bound ("up to 4") → that bound when below 10.
 */
export function acledFatalities(count: Count | null): number {
  if (count === null) return 0;
  if (count.count !== null) return count.count;
  const plural = vaguePluralUnit(count);
  if (plural !== null) return plural === 10 ? 12 : plural;
  if (count.min !== null) return count.min;
  if (count.max !== null) return Math.min(count.max, 10);
  return 10;
}

/** `10^k` when the count is the whole span of a vague plural of that unit (`2·10^k … 10^(k+1) − 1`). */
function vaguePluralUnit(count: Count): number | null {
  if (count.min === null || count.max === null) return null;
  const unit = count.min / 2;
  if (unit < 10 || !Number.isInteger(Math.log10(unit))) return null;
  return count.max === unit * 10 - 1 ? unit : null;
}
