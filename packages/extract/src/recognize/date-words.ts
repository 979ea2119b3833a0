import { tokenize } from "../normalize/tokens";
import { type CalendarWord, calendarLexicon } from "./date-lexicon";

/** The calendar words of a date expression of a normalized text (`اليوم`, `منذ`, `يوماً`…). */
export function calendarWordsOf(key: string, expression: { start: number; end: number }): CalendarWord[] {
  return calendarLexicon()
    .trie.scan(tokenize(key.slice(expression.start, expression.end)))
    .flatMap((hit) => [...hit.values]);
}

/** `منذ 15 يوماً`, `قبل أسبوعين`: a stretch of time counted back, the mark of a running campaign's total. */
export function isDuration(key: string, expression: { start: number; end: number }): boolean {
  const words = calendarWordsOf(key, expression);
  return words.some((w) => w.kind === "ago" && w.direction === -1) && words.some((w) => w.kind === "unit");
}
