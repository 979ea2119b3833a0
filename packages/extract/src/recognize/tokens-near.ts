import { cliticReadings, type LexiconHit } from "../lexicon/trie";
import type { LexiconValue } from "../lexicon/types";
import { joined } from "../normalize/tokens";
import { wordFactsBy } from "../normalize/vocabulary";
import type { TextContext } from "./context";

/** The matching key of what a hit matched, without its prefix clitic (`والقوات النظام` → `قوات النظام`). */
export function hitKey<T>(ctx: TextContext, hit: LexiconHit<T>): string {
  const parts: string[] = [];
  for (let i = hit.firstToken; i < hit.endToken; i++) {
    const text = ctx.tokens.texts[i] ?? "";
    parts.push(i === hit.firstToken ? text.slice(hit.prefixLength) : text);
  }
  return parts.join(" ");
}

/** Whether token `i` is one of `keys`, as written or after removing a prefix clitic. */
export function tokenIs(ctx: TextContext, i: number, keys: ReadonlySet<string>): boolean {
  return i >= 0 && i < ctx.tokens.count && cliticMatches(keys).of(ctx.tokens, i) !== null;
}

export type CliticMatch = { readonly stem: string; readonly prefix: number };

/** The `cliticMatch` of each word against `keys` (null for none), kept by word: recognizers ask it of every token. */
export const cliticMatches = wordFactsBy((keys: ReadonlySet<string>, token): CliticMatch | null => cliticMatch(token, keys) ?? null);

/** `token` as one of `keys`, as written or without its prefix clitics: its first clitic reading that is a key. */
export function cliticMatch(token: string, keys: ReadonlySet<string>): CliticMatch | undefined {
  for (const [stem, prefix] of cliticReadings(token)) if (keys.has(stem)) return { stem, prefix };
  return undefined;
}

/** Whether tokens `i` and `j > i` lie in one clause: every gap between them is joinable (no comma, period, bracket). */
export function sameClause(ctx: TextContext, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!joined(ctx.tokens, k)) return false;
  return true;
}

/**
 * Entries (by their values array) known to hide no match of a kind. The words inside a hit are those of its trie
 * path, so "nothing hidden" holds wherever the entry occurs, provided no inner match ran past the hit's end: what
 * follows the hit could then change the inner match, and the answer is not kept. Most entries hide nothing.
 */
const hidesNothing = new WeakMap<readonly LexiconValue[], Set<LexiconValue["kind"]>>();

/**
 * Hits hidden inside a longer hit of another lexicon (`سيارة مفخخة` inside the trigger `انفجار سيارة مفخخة`): the
 * one-pass scan keeps the longest match only, so a recognizer re-reads the inside of hits that lack its kind.
 */
export function withHidden(ctx: TextContext, kind: LexiconValue["kind"]): LexiconHit<LexiconValue>[] {
  const out: LexiconHit<LexiconValue>[] = [];
  for (const hit of ctx.hits) {
    out.push(hit);
    if (hit.endToken - hit.firstToken < 2 || hit.values.some((v) => v.kind === kind)) continue;
    let known = hidesNothing.get(hit.values);
    if (known?.has(kind)) continue;
    let hides = false;
    let ranPast = false;
    for (let j = hit.firstToken + 1; j < hit.endToken; ) {
      const inner = ctx.lexicons.trie.matchAt(ctx.tokens, j);
      if (inner && inner.endToken > hit.endToken) ranPast = true;
      if (inner && inner.endToken <= hit.endToken && inner.values.some((v) => v.kind === kind)) {
        out.push(inner);
        hides = true;
        j = inner.endToken;
      } else j++;
    }
    if (hides || ranPast) continue;
    if (!known) {
      known = new Set();
      hidesNothing.set(hit.values, known);
    }
    known.add(kind);
  }
  return out;
}
