import { joined, type Tokens } from "../normalize/tokens";
import { type CalendarLexicon, calendarLexicon } from "./date-lexicon";
import { type Bound, type NumberLexicon, numberLexicon } from "./number-words";
import { hitAt, type NumberReading, readConjoinedNumberAt, readNumberAt } from "./number-words-parse";
import { digitsAreNotACount } from "./quantities-names";

/**
 * A quantity in the matching key: `{count, min, max, exact}` as the text states it.
 * Exact numbers set all three (`25 عنصراً` → 25/25/25); bounds leave count null (`أكثر من 200` → min 200);
 * approximations keep the count but not exactness (`قرابة دبابتين` → count 2, exact false);
 * `عدد من` states no number (all null).
 */
export interface Quantity {
  /** Offsets into the normalized text (the matching key); the counted noun is not part of the span. */
  readonly start: number;
  readonly end: number;
  readonly count: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly exact: boolean;
  /** The counted word (matching key) after the number, or the noun of a dual (`دبابتين` → `دبابه`). */
  readonly noun?: string;
  readonly nounStart?: number;
  readonly nounEnd?: number;
}

/**
 * Every quantity in the text, left to right, without overlaps. Numbers that are names, labels or date
 * parts (`الفرقة 15`, `عيار 23`, `عام 2018`, `15 من آذار`) are not quantities. Phrases joined by `مع`/`و`
 * (`25 عنصراً مع صف ضابطين`) are found separately and never summed here.
 */
export function findQuantities(
  tokens: Tokens,
  lex: NumberLexicon = numberLexicon(),
  calendar: CalendarLexicon = calendarLexicon(),
): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.count; ) {
    if (!mayStartQuantity(tokens, i, lex)) {
      i++;
      continue;
    }
    const found = quantityAt(tokens, i, lex, calendar);
    if (typeof found === "number") {
      i = Math.max(found, i + 1);
      continue;
    }
    out.push(found.quantity);
    i = Math.max(found.endToken, i + 1);
  }
  return out;
}

type Found = { quantity: Quantity; endToken: number } | number;

function mayStartQuantity(tokens: Tokens, i: number, lex: NumberLexicon): boolean {
  const first = (tokens.texts[i] ?? "").charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || lex.starters.mayStartAt(tokens, i);
}

function quantityAt(tokens: Tokens, i: number, lex: NumberLexicon, calendar: CalendarLexicon): Found {
  const idiom = hitAt(lex.idioms, tokens, i);
  if (idiom) return idiom.endToken;
  const range = readRange(tokens, i, lex);
  if (range) return range;
  const bound = hitAt(lex.bounds, tokens, i);
  let boundEffect: Bound | null = null;
  let reading: NumberReading | null = null;
  let start = 0;
  if (bound && joined(tokens, bound.endToken - 1)) {
    const after = readNumberAt(tokens, bound.endToken, lex);
    if (after && after.kind !== "not-count" && after.kind !== "some" && after.kind !== "one-of") {
      reading = after;
      boundEffect = bound.values[0] ?? null;
      start = (tokens.starts[i] ?? 0) + bound.prefixLength;
    }
  }
  if (!reading) {
    const plain = readNumberAt(tokens, i, lex);
    if (!plain) return i + 1;
    if (plain.kind === "not-count") return plain.endToken;
    reading = plain;
    start = plain.start;
  }
  if (reading.kind === "digits" && digitsAreNotACount(tokens, reading.firstToken, reading.endToken, lex, calendar)) {
    return reading.endToken;
  }
  if (isTeenOfOrdinal(tokens, reading)) return reading.endToken;
  let min = reading.min;
  let max = reading.max;
  let exact = reading.kind !== "vague" && reading.kind !== "some" && min !== null && min === max;
  let count = exact ? min : null;
  let end = tokens.ends[reading.endToken - 1] ?? start;
  let endToken = reading.endToken;
  let noun = reading.noun;
  let nounStart = reading.nounStart;
  let nounEnd = reading.nounEnd;
  if (noun === undefined) {
    const counted = countedNoun(tokens, reading, lex);
    if (counted !== null) {
      noun = tokens.texts[counted];
      nounStart = tokens.starts[counted];
      nounEnd = tokens.ends[counted];
    }
  }
  if (boundEffect) ({ count, min, max, exact } = qualify(boundEffect, count, min, max));
  // A trailing qualifier after the number or its noun: `20 مدنياً على الأقل`.
  const trailFrom = noun !== undefined && reading.kind !== "dual" && reading.kind !== "one-of" ? endToken + 1 : endToken;
  const trail = joined(tokens, trailFrom - 1) ? hitAt(lex.trailing, tokens, trailFrom) : undefined;
  const trailEffect = trail?.values[0];
  if (trail && trailEffect && reading.kind !== "some") {
    ({ count, min, max, exact } = qualify(trailEffect, count, min, max));
    if (trailFrom === endToken) {
      end = tokens.ends[trail.endToken - 1] ?? end;
      endToken = trail.endToken;
    }
  }
  return { quantity: quantityOf(start, end, count, min, max, exact, noun, nounStart, nounEnd), endToken };
}

/**
 * A quantity, with its noun fields only when there is a noun. Written out field by field: spreading a quantity
 * and adding the noun built dictionary-mode objects, ~2 µs each and most of the stage's time.
 */
function quantityOf(
  start: number,
  end: number,
  count: number | null,
  min: number | null,
  max: number | null,
  exact: boolean,
  noun: string | undefined,
  nounStart: number | undefined,
  nounEnd: number | undefined,
): Quantity {
  if (noun === undefined) return { start, end, count, min, max, exact };
  return { start, end, count, min, max, exact, noun, nounStart, nounEnd };
}

/**
 * The counted noun: the word after the number (`أربع دبابات`, `عشرات من المدنيين`); for words that stand after
 * their noun, the word before (`دولار واحد`, `حواجز عدة`) unless one follows (`واحد من العناصر`, `عدة آليات`).
 */
function countedNoun(tokens: Tokens, reading: NumberReading, lex: NumberLexicon): number | null {
  const end = reading.endToken;
  if (!reading.followsNoun) return nounAt(tokens, end, lex);
  const wordsAfter = reading.kind === "vague" || tokens.texts[end] === "من";
  const after = wordsAfter ? nounAt(tokens, end, lex) : null;
  if (after !== null && !(tokens.texts[after] ?? "").startsWith("و")) return after;
  const before = reading.firstToken - 1;
  if (before < 0 || !joined(tokens, before) || hitAt(lex.words, tokens, before)) return null;
  return wordAt(tokens, before, lex);
}

/** `التاسع عشر`, `الحادي عشر`: the `عشر` of an ordinal after a definite word is no count of ten. */
function isTeenOfOrdinal(tokens: Tokens, reading: NumberReading): boolean {
  if (reading.kind !== "words" || reading.min !== 10 || reading.endToken !== reading.firstToken + 1) return false;
  const prev = reading.firstToken - 1;
  return prev >= 0 && joined(tokens, prev) && (tokens.texts[prev] ?? "").startsWith("ال");
}

/** `بين 10 و15 شخصاً`, `من 3 إلى 5 أيام`: both ends exact numbers, the second larger. */
function readRange(tokens: Tokens, i: number, lex: NumberLexicon): { quantity: Quantity; endToken: number } | null {
  const open = hitAt(lex.rangeOpen, tokens, i);
  if (!open || !joined(tokens, open.endToken - 1)) return null;
  const low = readNumberAt(tokens, open.endToken, lex);
  if (!low || low.kind === "not-count" || low.kind === "vague" || low.kind === "some" || low.min === null) return null;
  const joint = low.endToken;
  if (!joined(tokens, joint - 1)) return null;
  const apart = lex.rangeJoint.has(tokens.texts[joint] ?? "") && joined(tokens, joint);
  const high = apart ? readNumberAt(tokens, joint + 1, lex) : readConjoinedNumberAt(tokens, joint, lex);
  if (!high || high.kind === "not-count" || high.kind === "vague" || high.kind === "some" || high.max === null) return null;
  if (!(high.max > low.min)) return null;
  const start = (tokens.starts[i] ?? 0) + open.prefixLength;
  const end = tokens.ends[high.endToken - 1] ?? start;
  const of = (noun: string | undefined, nounStart: number | undefined, nounEnd: number | undefined) => ({
    quantity: quantityOf(start, end, null, low.min, high.max, false, noun, nounStart, nounEnd),
    endToken: high.endToken,
  });
  if (high.noun !== undefined) return of(high.noun, high.nounStart, high.nounEnd);
  const noun = nounAt(tokens, high.endToken, lex);
  if (noun === null) return of(undefined, undefined, undefined);
  return of(tokens.texts[noun], tokens.starts[noun], tokens.ends[noun]);
}

/** `وحدةً` → `وحده`, `وفوداً` → `وفود`: the accusative alif of tanween is not part of the word. */
function withoutAccusative(word: string): string {
  return word.length > 3 && word.endsWith("ا") ? word.slice(0, -1) : word;
}

/** Applies a bound to what the number said. */
function qualify(
  effect: Bound,
  count: number | null,
  min: number | null,
  max: number | null,
): { count: number | null; min: number | null; max: number | null; exact: boolean } {
  if (effect === "min") return { count: null, min, max: null, exact: false };
  if (effect === "max") return { count: null, min: null, max, exact: false };
  return { count, min: count === null ? min : null, max: count === null ? max : null, exact: false };
}

/**
 * The token after a number when it is a word that can be counted (not a preposition, a digit or punctuation away);
 * one `من` is skipped (`عشرات الآلاف من المدنيين`).
 */
function nounAt(tokens: Tokens, j: number, lex: NumberLexicon): number | null {
  if (tokens.texts[j] === "من" && joined(tokens, j - 1)) return wordAt(tokens, j + 1, lex);
  return wordAt(tokens, j, lex);
}

function wordAt(tokens: Tokens, j: number, lex: NumberLexicon): number | null {
  const text = tokens.texts[j];
  if (text === undefined || !joined(tokens, j - 1)) return null;
  if (!/^[\u0621-\u064a]/.test(text) || lex.notNoun.has(text)) return null;
  if (text.startsWith("و") && !lex.wawNouns.has(withoutAccusative(text))) return null;
  const gap = tokens.text.slice(tokens.ends[j - 1] ?? 0, tokens.starts[j] ?? 0);
  if (gap.includes('"') || gap.includes("-") || gap.includes("/")) return null;
  return j;
}
