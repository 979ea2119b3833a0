import { joined, type Tokens } from "../normalize/tokens";
import type { NumberLexicon } from "./number-words";
import { find, hitAt, type NumberReading } from "./number-words-reading";

/** `أحد المدنيين`, `أحد عناصر الجيش`, `إحدى مقاتليها`: one of a group — not `لم يصب أحد بأذى`. */
export function readOneOf(tokens: Tokens, i: number, start: number, end: number, lex: NumberLexicon): NumberReading | null {
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
export function readAnother(tokens: Tokens, i: number, lex: NumberLexicon): NumberReading | null {
  const token = tokens.texts[i] ?? "";
  const noun = lex.oneNouns.has(token) ? token : token.length > 3 && "وفبل".includes(token[0] ?? "") && lex.oneNouns.has(token.slice(1)) ? token.slice(1) : null;
  if (noun === null || !joined(tokens, i) || !lex.another.has(tokens.texts[i + 1] ?? "")) return null;
  const start = (tokens.ends[i] ?? 0) - noun.length;
  return { kind: "words", firstToken: i, endToken: i + 2, start, min: 1, max: 1, noun, nounStart: start, nounEnd: tokens.ends[i] ?? start };
}

/** A dual noun (`دبابتين`, `صف ضابطين`), optionally followed by `اثنين`; else `شخص آخر`. */
export function readDual(tokens: Tokens, i: number, lex: NumberLexicon): NumberReading | null {
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
