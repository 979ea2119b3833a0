import type { LexiconHit } from "../lexicon/trie";
import { joined, type Tokens, wordsView } from "../normalize/tokens";
import type { NumberLexicon, NumberWord } from "./number-words";
import { isDigits, readDigits, readRange } from "./number-words-digits";
import { readDual, readOneOf } from "./number-words-nouns";
import {
  DIGITS,
  find,
  hitAt,
  type NotACount,
  type NumberReading,
  order,
  scaleOf,
  withConjunction,
} from "./number-words-reading";

export { hitAt, type NotACount, type NumberReading } from "./number-words-reading";

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
    return continueNumber(tokens, i, wordStart, number.value, order(number.value), number.value < 10, hit.endToken, lex, "words");
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
  // `واحد` and `اثنان` are adjectives standing after their noun (`دولار واحد`, `عنصرين اثنين`).
  if (kind === "words" && value <= 2) return { kind, firstToken: i, endToken: end, start, min: value, max: value, followsNoun: true };
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
  const texts = tokens.texts.slice(j, j + width).map((t, k) => (k === 0 ? t.slice(1) : t));
  const view = wordsView(tokens.text, texts, tokens.starts.slice(j, j + width), tokens.ends.slice(j, j + width));
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
  const texts = tokens.texts.slice(j, j + width).map((t, k) => (k === 0 ? t.slice(1) : t));
  const view = wordsView(tokens.text, texts, starts, tokens.ends.slice(j, j + width));
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
