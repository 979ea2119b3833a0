import { keyOf } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import { type CalendarWord, calendarLexicon } from "./date-lexicon";
import { type DateExpression, findDates } from "./dates";

export interface PublicationDate {
  value: string;
  from: "text" | "hint";
}

/** Absolute, day-precise dates of a short text (a dateline, a caption). */
function absoluteDays(line: string): string[] {
  const key = keyOf(line);
  return findDates(key, tokenize(key), null)
    .filter((d) => !d.relative && d.precision === "day" && d.value !== null)
    .map((d) => d.value as string);
}

/** The calendar words of an expression (`اليوم`, `منذ`, `يوماً`…). */
export function calendarWordsOf(key: string, expression: { start: number; end: number }): CalendarWord[] {
  const lexicon = calendarLexicon();
  return lexicon.trie.scan(tokenize(key.slice(expression.start, expression.end))).flatMap((hit) => [...hit.values]);
}

function mentionsToday(key: string, expression: DateExpression): boolean {
  return calendarWordsOf(key, expression).some((word) => word.kind === "relative-day" && word.offset === 0);
}

/** `منذ 15 يوماً`, `قبل أسبوعين`: a stretch of time counted back, the mark of a running campaign's total. */
export function isDuration(key: string, expression: { start: number; end: number }): boolean {
  const words = calendarWordsOf(key, expression);
  return words.some((w) => w.kind === "ago" && w.direction === -1) && words.some((w) => w.kind === "unit");
}

/**
 * When the article was published, from the text where it says so: a dateline (`2018.07.03 | 11:07 دمشق`);
 * else "today" with its date in the opening paragraphs (`اليوم، الثلاثاء 15 من آذار`), its year taken from a
 * dated caption or the hint; else a dated, non-archive photo caption. Otherwise the hint, or null.
 */
export function publicationDate(input: { datelines: readonly string[]; captions: readonly string[]; opening: string; hint: string | null }): PublicationDate | null {
  for (const line of input.datelines) {
    const [value] = absoluteDays(line);
    if (value) return { value, from: "text" };
  }
  const captionDates = input.captions.filter((caption) => !/ارشيف/.test(keyOf(caption))).flatMap(absoluteDays);
  const anchor = captionDates[0] ?? input.hint;
  if (anchor) {
    const key = keyOf(input.opening);
    const stated = findDates(key, tokenize(key), anchor).find((d) => !d.relative || (d.precision === "day" && d.value !== null && mentionsToday(key, d) && /\d/.test(key.slice(d.start, d.end))));
    if (stated?.value && stated.precision === "day" && mentionsToday(key, stated)) return { value: stated.value, from: "text" };
  }
  if (captionDates[0]) return { value: captionDates[0], from: "text" };
  return input.hint ? { value: input.hint, from: "hint" } : null;
}
