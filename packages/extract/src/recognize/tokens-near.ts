import { cliticReadings } from "../lexicon/trie";
import type { LexiconHit } from "../lexicon/trie";
import { joined } from "../normalize/tokens";
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
  const token = ctx.tokens.texts[i];
  if (token === undefined) return false;
  for (const [stem] of cliticReadings(token)) if (keys.has(stem)) return true;
  return false;
}

/** Whether tokens `i` and `j > i` lie in one clause: every gap between them is joinable (no comma, period, bracket). */
export function sameClause(ctx: TextContext, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!joined(ctx.tokens, k)) return false;
  return true;
}
