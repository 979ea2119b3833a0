import { joined, type Tokens } from "../normalize/tokens";
import { type CalendarLexicon, calendarLexicon } from "./date-lexicon";
import type { NumberLexicon } from "./number-words";
import { hitAt } from "./number-words-parse";

/**
 * Whether the digits at tokens `[i, end)` are a name, a label or a date part rather than a count:
 * `الفرقة 15`, `اللواء 313`, `عيار 23`, `"درعا 24"`, `T-72`, `عام 2018`, `15 من آذار`, `آذار 2022`, `30%`.
 */
export function digitsAreNotACount(tokens: Tokens, i: number, end: number, lex: NumberLexicon, calendar: CalendarLexicon = calendarLexicon()): boolean {
  return (
    afterNameWord(tokens, i, lex) ||
    afterLatinModel(tokens, i) ||
    shortQuotedName(tokens, i, end) ||
    isLabel(tokens, i, end, lex) ||
    isDatePart(tokens, i, end, calendar) ||
    isBareYear(tokens, i, end, lex)
  );
}

/** A name-making word ends right before token `i` (`الفرقة`, `للواء`, `عيار "`…). */
function afterNameWord(tokens: Tokens, i: number, lex: NumberLexicon): boolean {
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    const hit = hitAt(lex.nameBefore, tokens, i - back);
    if (hit && hit.endToken === i && joined(tokens, i - 1)) return true;
  }
  return false;
}

/** `t-72`, `bm 21`, `su-24`: a short Latin model prefix joined to the digits. */
function afterLatinModel(tokens: Tokens, i: number): boolean {
  const prev = tokens.texts[i - 1];
  if (prev === undefined || !/^[a-z]{1,3}$/.test(prev)) return false;
  const gap = tokens.text.slice(tokens.ends[i - 1] ?? 0, tokens.starts[i] ?? 0);
  return gap === "-" || gap === " " || gap === "";
}

/** A quotation of at most two words that ends on the number: `"درعا 24"`, `"الفرقة 15"`, `"23"`. */
function shortQuotedName(tokens: Tokens, i: number, end: number): boolean {
  const text = tokens.text;
  let k = tokens.ends[end - 1] ?? 0;
  while (text[k] === " ") k++;
  if (text[k] !== '"') return false;
  for (let back = 0; back <= 2 && i - back >= 0; back++) {
    const first = i - back;
    let q = (tokens.starts[first] ?? 0) - 1;
    while (q >= 0 && text[q] === " ") q--;
    if (text[q] === '"') return true;
    if (first > 0 && !joined(tokens, first - 1)) return false;
  }
  return false;
}

/** `30%`, `30 بالمئة`, `57 ملم`, and `+963` (a dialling code). */
function isLabel(tokens: Tokens, i: number, end: number, lex: NumberLexicon): boolean {
  if (tokens.text[(tokens.starts[i] ?? 0) - 1] === "+") return true;
  const after = tokens.text.slice(tokens.ends[end - 1] ?? 0, (tokens.ends[end - 1] ?? 0) + 2);
  if (after.trim().startsWith("%") || after.trim().startsWith("٪")) return true;
  const hit = hitAt(lex.labelAfter, tokens, end);
  return hit !== undefined && joined(tokens, end - 1);
}

/** A day of month before `(من) آذار`, or a year after a month name or a year word. */
function isDatePart(tokens: Tokens, i: number, end: number, calendar: CalendarLexicon): boolean {
  const value = Number(tokens.texts[i]);
  let next = end;
  if (joined(tokens, end - 1) && hitAt(calendar.trie, tokens, next)?.values.some((v) => v.kind === "of-word")) next++;
  const month = joined(tokens, next - 1) ? hitAt(calendar.trie, tokens, next) : undefined;
  if (month?.values.some((v) => v.kind === "month") && value >= 1 && value <= 31) return true;
  if (i === 0) return false;
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    const hit = hitAt(calendar.trie, tokens, i - back);
    if (hit && hit.endToken === i && hit.values.some((v) => v.kind === "month" || v.kind === "year-word" || v.kind === "season")) {
      return joined(tokens, i - 1) || tokens.text.slice(tokens.ends[i - 1] ?? 0, tokens.starts[i] ?? 0).trim() === ",";
    }
  }
  return false;
}

/** A four-digit year (1900–2099) with no counted noun after it: `منذ 2011`, `في 2018،`. */
function isBareYear(tokens: Tokens, i: number, end: number, lex: NumberLexicon): boolean {
  const text = tokens.texts[i] ?? "";
  if (end !== i + 1 || text.length !== 4) return false;
  const value = Number(text);
  if (value < 1900 || value > 2099) return false;
  const next = tokens.texts[end];
  // `2000 من المدنيين` counts; `منذ 2011 في` does not.
  if (next === "من" && joined(tokens, i)) return false;
  if (next === undefined || !joined(tokens, i) || lex.notNoun.has(next)) return true;
  if (next.startsWith("و") && lex.notNoun.has(next.slice(1))) return true;
  return /^[a-z0-9]/.test(next);
}
