import type { LexiconHit, TokenTrie } from "../lexicon/trie";
import { joined, type Tokens } from "../normalize/tokens";
import type { NumberLexicon, NumberWord } from "./number-words";

/** What a number phrase says, before qualifiers: an exact value, a range, or nothing stated (`عدد من`). */
export interface NumberReading {
  readonly kind: "digits" | "words" | "dual" | "vague" | "some" | "one-of";
  /** Tokens `[firstToken, endToken)`; `start` is the offset in the normalized text after any clitic. */
  readonly firstToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly min: number | null;
  readonly max: number | null;
  /** The counted noun when the phrase itself names it (duals, `أحد المدنيين`, `عدد من المطلوبين`'s noun comes later). */
  readonly noun?: string;
  readonly nounStart?: number;
  readonly nounEnd?: number;
  /** The word may stand after its noun (`عنصر واحد`, `حواجز عدة`). */
  readonly followsNoun?: boolean;
}

/** Digits that are not a count: part of a date, a time, a phone number or a code (`2018.07.03`, `11:07`, `0933…`). */
export interface NotACount {
  readonly kind: "not-count";
  readonly endToken: number;
}

const DIGITS = /^\d+$/;

/** A trie hit at token `i`; a clitic reading is kept only when the stem is a real word (not `ست` out of `لست`). */
export function hitAt<T>(trie: Pick<TokenTrie<T>, "matchAt">, tokens: Tokens, i: number): LexiconHit<T> | undefined {
  const hit = trie.matchAt(tokens, i);
  if (!hit || hit.prefixLength === 0) return hit;
  const token = tokens.texts[i] ?? "";
  const stemLength = token.length - hit.prefixLength;
  if (stemLength < 3 && token[0] !== "و") return undefined;
  return hit;
}

function withConjunction(tokens: Tokens, hit: LexiconHit<unknown>): boolean {
  return hit.prefixLength === 1 && (tokens.texts[hit.firstToken] ?? "")[0] === "و";
}

function find<K extends NumberWord["kind"]>(values: readonly NumberWord[], kind: K): Extract<NumberWord, { kind: K }> | undefined {
  return values.find((value): value is Extract<NumberWord, { kind: K }> => value.kind === kind);
}

/** The order of magnitude class used to accept `و`-continuations: units 0, tens 1, hundreds 2, thousands 3, … */
function order(value: number): number {
  if (value < 10) return 0;
  if (value < 100) return 1;
  if (value < 1000) return 2;
  if (value < 1e6) return 3;
  if (value < 1e9) return 4;
  return 5;
}

/** The power of a thousand a value is counted in: `ألفان` → 1000, `مليونان` → 1,000,000. */
function scaleOf(value: number): number {
  return value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : 1000;
}

/** Separator character between two tokens when they touch through exactly one character. */
function separator(tokens: Tokens, j: number): string | null {
  const end = tokens.ends[j] ?? 0;
  const next = tokens.starts[j + 1];
  if (next === undefined || next - end !== 1) return null;
  return tokens.text[end] ?? null;
}

function isDigits(tokens: Tokens, j: number): boolean {
  return DIGITS.test(tokens.texts[j] ?? "");
}

/** Digits, with decimal or thousands separators: `270`, `2.5`, `1,500`; dates, times and codes come back as NotACount. */
function readDigits(tokens: Tokens, i: number): { value: number; endToken: number } | NotACount {
  const first = tokens.texts[i] ?? "";
  let end = i + 1;
  // Chains like 2018.07.03, 03/07/2018, 11:07, 10-15-20: not a count here (dates and times are found elsewhere).
  let chain = 1;
  let k = i;
  const seps: string[] = [];
  while (isDigits(tokens, k + 1)) {
    const sep = separator(tokens, k);
    if (sep === null || !"./:-,".includes(sep)) break;
    seps.push(sep);
    chain++;
    k++;
  }
  if (seps.some((s) => s === "/" || s === ":") || (chain >= 3 && !seps.every((s) => s === ","))) {
    return { kind: "not-count", endToken: k + 1 };
  }
  if (first.length > 1 && first[0] === "0" && seps[0] !== ".") return { kind: "not-count", endToken: i + 1 };
  if (first.length > 9) return { kind: "not-count", endToken: i + 1 };
  let value = Number(first);
  if (chain >= 2 && seps.every((s) => s === ",") && tokens.texts.slice(i + 1, k + 1).every((t) => t.length === 3)) {
    value = Number(tokens.texts.slice(i, k + 1).join(""));
    end = k + 1;
  } else if (chain === 2 && (seps[0] === "." || seps[0] === ",")) {
    value = Number(`${first}.${tokens.texts[i + 1] ?? "0"}`);
    end = i + 2;
  } else if (chain === 2 && seps[0] === "-") {
    // A range (`10-15`) is left to the caller: only the first number is read here.
    end = i + 1;
  }
  return { value, endToken: end };
}

/**
 * Reads the number phrase starting at token `i`: digits or number words with their scales
 * (`270 ألف`, `خمسة وعشرون`, `ثلاث مئة`), a dual noun (`دبابتين`), a vague amount (`عشرات`, `بضعة آلاف`),
 * `عدد من`, or `أحد` + noun. Null when there is none.
 */
export function readNumberAt(tokens: Tokens, i: number, lex: NumberLexicon): NumberReading | NotACount | null {
  const token = tokens.texts[i];
  if (token === undefined) return null;
  const start = tokens.starts[i] ?? 0;
  if (DIGITS.test(token)) {
    const digits = readDigits(tokens, i);
    if ("kind" in digits) return digits;
    const range = readRange(tokens, i, digits.value, digits.endToken);
    if (range) return range;
    return continueNumber(tokens, i, start, digits.value, order(digits.value), false, digits.endToken, lex, "digits");
  }
  const hit = hitAt(lex.words, tokens, i);
  if (!hit) return readDual(tokens, i, lex);
  const wordStart = start + hit.prefixLength;
  const values = hit.values;
  const some = find(values, "some");
  if (some) return { kind: "some", firstToken: i, endToken: hit.endToken, start: wordStart, min: null, max: null };
  const number = find(values, "number");
  if (number) {
    const reading = continueNumber(tokens, i, wordStart, number.value, order(number.value), number.value < 10, hit.endToken, lex, "words");
    // `واحد` and `اثنان` are adjectives standing after their noun (`دولار واحد`, `عنصرين اثنين`).
    return reading.min !== null && reading.min <= 2 ? { ...reading, followsNoun: true } : reading;
  }
  const scale = find(values, "scale");
  const vague = find(values, "vague");
  if (vague) return readVague(tokens, i, wordStart, 2 * vague.unit, 10 * vague.unit - 1, hit.endToken, lex);
  if (scale) return continueNumber(tokens, i, wordStart, scale.value, order(scale.value), false, hit.endToken, lex, "words");
  const few = find(values, "few");
  if (few) {
    const next = hitAt(lex.words, tokens, hit.endToken);
    const plural = next && next.prefixLength === 0 && joined(tokens, i) ? find(next.values, "vague") : undefined;
    if (next && plural) {
      return readVague(tokens, i, wordStart, few.min * plural.unit, (few.max + 1) * plural.unit - 1, next.endToken, lex);
    }
    return { kind: "vague", firstToken: i, endToken: hit.endToken, start: wordStart, min: few.min, max: few.max, followsNoun: few.followsNoun };
  }
  if (find(values, "one-of")) return readOneOf(tokens, i, wordStart, hit.endToken, lex);
  return readDual(tokens, i, lex);
}

/** `10-15` → a range when the second is larger; anything else is not a range. */
function readRange(tokens: Tokens, i: number, low: number, endToken: number): NumberReading | null {
  if (endToken !== i + 1 || separator(tokens, i) !== "-" || !isDigits(tokens, i + 1)) return null;
  const high = Number(tokens.texts[i + 1]);
  if (!(high > low)) return null;
  return { kind: "digits", firstToken: i, endToken: i + 2, start: tokens.starts[i] ?? 0, min: low, max: high };
}

/**
 * Adds what follows a first number: scales (`ألف`, `آلاف`, `مليون`), `عشر` after a unit (13–19), `مئة` after a unit
 * (`ثلاث مئة`), and `و`-joined smaller parts (`مئة وخمسون`, units before tens: `خمسة وعشرون`).
 */
function continueNumber(
  tokens: Tokens,
  i: number,
  start: number,
  firstValue: number,
  firstOrder: number,
  firstIsUnit: boolean,
  firstEnd: number,
  lex: NumberLexicon,
  kind: "digits" | "words",
): NumberReading {
  // A scale or a scale's dual read first (`مليون`, `ألفين`) is already a whole group: smaller parts add to it.
  let total = firstValue >= 1000 ? firstValue : 0;
  let current = firstValue >= 1000 ? 0 : firstValue;
  let lastOrder = firstOrder;
  let lastWasUnit = firstIsUnit;
  let lastScale = firstValue >= 1000 ? scaleOf(firstValue) : 0;
  let tensTaken = firstOrder === 1;
  let end = firstEnd;
  for (;;) {
    if (!joined(tokens, end - 1)) break;
    // `ألفين و500`: a lone `و` token before digits of a lower order.
    if (tokens.texts[end] === "و" && isDigits(tokens, end + 1) && joined(tokens, end)) {
      const digits = Number(tokens.texts[end + 1]);
      if (order(digits) < lastOrder && (tokens.texts[end + 1] ?? "")[0] !== "0") {
        current += digits;
        lastOrder = order(digits);
        lastWasUnit = false;
        end += 2;
        continue;
      }
      break;
    }
    const hit = conjoinedHit(tokens, end, lex) ?? hitAt(lex.words, tokens, end);
    if (!hit) break;
    const conj = withConjunction(tokens, hit);
    if (hit.prefixLength > 0 && !conj) break;
    const scale = find(hit.values, "scale");
    const number = find(hit.values, "number");
    if (!conj && scale && current > 0 && order(scale.value) > order(current)) {
      total += current * scale.value;
      lastScale = scale.value;
      current = 0;
      lastOrder = order(scale.value);
      lastWasUnit = false;
      tensTaken = false;
      end = hit.endToken;
      continue;
    }
    // `lastWasUnit` means the last part added was a unit 1–9: `(مئة و)ثلاثة عشر`, `(ألف و)ثلاث مئة`.
    if (!conj && lastWasUnit && find(hit.values, "teen-suffix")) {
      current += 10;
      lastOrder = 1;
      lastWasUnit = false;
      tensTaken = true;
      end = hit.endToken;
      continue;
    }
    if (!conj && lastWasUnit && number?.value === 100 && lastOrder === 0 && current % 100 < 10) {
      const unit = current % 100;
      current += unit * 99;
      lastOrder = 2;
      lastWasUnit = false;
      tensTaken = false;
      end = hit.endToken;
      continue;
    }
    if (conj && find(hit.values, "half") && lastScale > 0 && current === 0) {
      total += lastScale / 2;
      end = hit.endToken;
      break;
    }
    if (conj && number) {
      const o = order(number.value);
      const unitThenTen = lastWasUnit && o === 1 && !tensTaken && number.value >= 20;
      if (o < lastOrder || unitThenTen) {
        if (o >= 3) {
          total += current;
          current = 0;
        }
        current += number.value;
        lastOrder = o;
        lastWasUnit = number.value < 10;
        if (unitThenTen || o === 1) tensTaken = true;
        if (o >= 2) tensTaken = false;
        end = hit.endToken;
        continue;
      }
    }
    break;
  }
  const value = total + current;
  return { kind, firstToken: i, endToken: end, start, min: value, max: value };
}

/**
 * After a number, a token starting with `و` is read as `و` + number first: `وأحد عشر` folds to `واحد عشر`,
 * which as written would be "one" followed by "ten".
 */
function conjoinedHit(tokens: Tokens, j: number, lex: NumberLexicon): LexiconHit<NumberWord> | undefined {
  const token = tokens.texts[j] ?? "";
  if (token.length < 3 || token[0] !== "و") return undefined;
  const width = Math.min(3, tokens.count - j);
  const view: Tokens = {
    text: tokens.text,
    count: width,
    texts: tokens.texts.slice(j, j + width).map((t, k) => (k === 0 ? t.slice(1) : t)),
    starts: tokens.starts.slice(j, j + width),
    ends: tokens.ends.slice(j, j + width),
  };
  const hit = lex.words.matchAt(view, 0);
  if (!hit || hit.prefixLength > 0) return undefined;
  return { firstToken: j, endToken: j + hit.endToken, prefixLength: 1, values: hit.values, nested: [] };
}

/** A number written with `و` attached (`وخمسة أيام`), read as if the `و` were apart; token indexes stay the text's. */
export function readConjoinedNumberAt(tokens: Tokens, j: number, lex: NumberLexicon): NumberReading | null {
  const token = tokens.texts[j] ?? "";
  if (token.length < 3 || token[0] !== "و") return null;
  const width = Math.min(6, tokens.count - j);
  const starts = tokens.starts.slice(j, j + width);
  starts[0] = (starts[0] ?? 0) + 1;
  const view: Tokens = {
    text: tokens.text,
    count: width,
    texts: tokens.texts.slice(j, j + width).map((t, k) => (k === 0 ? t.slice(1) : t)),
    starts,
    ends: tokens.ends.slice(j, j + width),
  };
  const reading = readNumberAt(view, 0, lex);
  if (!reading || reading.kind === "not-count") return null;
  return { ...reading, firstToken: reading.firstToken + j, endToken: reading.endToken + j };
}

/** `عشرات` alone, or times a following scale (`عشرات الآلاف`, `مئات آلاف`). */
function readVague(tokens: Tokens, i: number, start: number, min: number, max: number, end: number, lex: NumberLexicon): NumberReading {
  const next = joined(tokens, end - 1) ? hitAt(lex.words, tokens, end) : undefined;
  const scale = next && next.prefixLength === 0 ? find(next.values, "scale") : undefined;
  if (next && scale && scale.value > max) {
    return { kind: "vague", firstToken: i, endToken: next.endToken, start, min: min * scale.value, max: (max + 1) * scale.value - 1 };
  }
  return { kind: "vague", firstToken: i, endToken: end, start, min, max };
}

/** `أحد المدنيين`, `أحد عناصر الجيش`, `إحدى مقاتليها`: one of a group — not `لم يصب أحد بأذى`. */
function readOneOf(tokens: Tokens, i: number, start: number, end: number, lex: NumberLexicon): NumberReading | null {
  const noun = tokens.texts[end];
  if (noun === undefined || !joined(tokens, end - 1) || lex.notNoun.has(noun) || !/^[\u0621-\u064a]/.test(noun)) return null;
  const after = joined(tokens, end) ? (tokens.texts[end + 1] ?? "") : "";
  const definite = noun.startsWith("ال") || /(ها|هم|هن|ه)$/.test(noun) || after.startsWith("ال");
  if (!definite) return null;
  return {
    kind: "one-of",
    firstToken: i,
    endToken: end,
    start,
    min: 1,
    max: 1,
    noun,
    nounStart: tokens.starts[end] ?? 0,
    nounEnd: tokens.ends[end] ?? 0,
  };
}

/** `شخص آخر`, `مدنية أخرى`: one more of a singular noun. */
function readAnother(tokens: Tokens, i: number, lex: NumberLexicon): NumberReading | null {
  const token = tokens.texts[i] ?? "";
  const noun = lex.oneNouns.has(token) ? token : token.length > 3 && "وفبل".includes(token[0] ?? "") && lex.oneNouns.has(token.slice(1)) ? token.slice(1) : null;
  if (noun === null || !joined(tokens, i) || !lex.another.has(tokens.texts[i + 1] ?? "")) return null;
  const start = (tokens.ends[i] ?? 0) - noun.length;
  return { kind: "words", firstToken: i, endToken: i + 2, start, min: 1, max: 1, noun, nounStart: start, nounEnd: tokens.ends[i] ?? start };
}

/** A dual noun (`دبابتين`, `صف ضابطين`), optionally followed by `اثنين`; else `شخص آخر`. */
function readDual(tokens: Tokens, i: number, lex: NumberLexicon): NumberReading | null {
  const token = tokens.texts[i] ?? "";
  let prefix = 0;
  let candidates = lex.duals.get(token);
  if (!candidates && token.length > 4 && "وفبل".includes(token[0] ?? "")) {
    candidates = lex.duals.get(token.slice(1));
    prefix = 1;
  }
  if (!candidates) return readAnother(tokens, i, lex);
  for (const noun of candidates) {
    const first = i - noun.before.length;
    if (first < 0) continue;
    let ok = true;
    for (let b = 0; b < noun.before.length; b++) {
      if (tokens.texts[first + b] !== noun.before[b] || !joined(tokens, first + b)) ok = false;
    }
    if (!ok || (noun.before.length > 0 && prefix > 0)) continue;
    let end = i + 1;
    const next = joined(tokens, i) ? hitAt(lex.words, tokens, end) : undefined;
    if (next && next.prefixLength === 0 && find(next.values, "number")?.value === 2) end = next.endToken;
    const start = (tokens.starts[first] ?? 0) + (noun.before.length === 0 ? prefix : 0);
    return { kind: "dual", firstToken: first, endToken: end, start, min: 2, max: 2, noun: noun.singular, nounStart: start, nounEnd: tokens.ends[i] ?? 0 };
  }
  return null;
}
