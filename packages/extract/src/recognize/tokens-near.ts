import type { LexiconHit } from "../lexicon/trie";
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

const CONJUNCTIONS = "وف";
const PREPOSITIONS = "بلك";

/** Last two letters of every key, as one number: clitics are prefixes, so a token and its stems end alike. */
const endings = new WeakMap<ReadonlySet<string>, Set<number>>();
const ending = (text: string) => ((text.charCodeAt(text.length - 2) || 0) << 16) | (text.charCodeAt(text.length - 1) || 0);
function endingsOf(keys: ReadonlySet<string>): Set<number> {
  let out = endings.get(keys);
  if (!out) {
    out = new Set([...keys].map(ending));
    endings.set(keys, out);
  }
  return out;
}

/**
 * `token` as one of `keys`, as written or without its prefix clitics: the key and the clitic length, else undefined.
 * The same readings, in the same order, as the trie's `cliticReadings`; recognizers call it for every token.
 */
export function cliticMatch(token: string, keys: ReadonlySet<string>): CliticMatch | undefined {
  if (!endingsOf(keys).has(ending(token))) return undefined;
  if (keys.has(token)) return { stem: token, prefix: 0 };
  const hasConjunction = token.length > 2 && CONJUNCTIONS.includes(token[0] ?? " ");
  if (hasConjunction && keys.has(token.slice(1))) return { stem: token.slice(1), prefix: 1 };
  for (const offset of hasConjunction ? [0, 1] : [0]) {
    const base = offset === 0 ? token : token.slice(1);
    if (base.startsWith("لل") && base.length > 3 && keys.has(`ال${base.slice(2)}`)) return { stem: `ال${base.slice(2)}`, prefix: offset + 1 };
    if (base.length > 2 && PREPOSITIONS.includes(base[0] ?? " ") && keys.has(base.slice(1))) return { stem: base.slice(1), prefix: offset + 1 };
  }
  return undefined;
}

/** The clitic length when `token` is one of `keys` as written or without its prefix clitics, else undefined. */
export function stemPrefix(token: string, keys: ReadonlySet<string>): number | undefined {
  return cliticMatch(token, keys)?.prefix;
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
