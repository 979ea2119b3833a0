import type { LexiconHit, TokenTrie } from "../lexicon/trie";
import type { Tokens } from "../normalize/tokens";
import type { NumberWord } from "./number-words";

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

export const DIGITS = /^\d+$/;

/** A trie hit at token `i`; a clitic reading is kept only when the stem is a real word (not `ست` out of `لست`). */
export function hitAt<T>(trie: Pick<TokenTrie<T>, "matchAt">, tokens: Tokens, i: number): LexiconHit<T> | undefined {
  const hit = trie.matchAt(tokens, i);
  if (!hit || hit.prefixLength === 0) return hit;
  const token = tokens.texts[i] ?? "";
  const stemLength = token.length - hit.prefixLength;
  if (stemLength < 3 && token[0] !== "و") return undefined;
  return hit;
}

export function withConjunction(tokens: Tokens, hit: LexiconHit<unknown>): boolean {
  return hit.prefixLength === 1 && (tokens.texts[hit.firstToken] ?? "")[0] === "و";
}

export function find<K extends NumberWord["kind"]>(values: readonly NumberWord[], kind: K): Extract<NumberWord, { kind: K }> | undefined {
  return values.find((value): value is Extract<NumberWord, { kind: K }> => value.kind === kind);
}

/** The order of magnitude class used to accept `و`-continuations: units 0, tens 1, hundreds 2, thousands 3, … */
export function order(value: number): number {
  if (value < 10) return 0;
  if (value < 100) return 1;
  if (value < 1000) return 2;
  if (value < 1e6) return 3;
  if (value < 1e9) return 4;
  return 5;
}

/** The power of a thousand a value is counted in: `ألفان` → 1000, `مليونان` → 1,000,000. */
export function scaleOf(value: number): number {
  return value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : 1000;
}
