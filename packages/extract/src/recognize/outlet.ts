import type { OutletRef } from "@marsad/model";
import { tokenize } from "../normalize/tokens";
import { keyOf } from "../normalize/matching-key";
import type { TextContext } from "./context";

/**
 * The publishing outlet, from the evidence outlets leave about themselves: a byline or sign-off naming
 * it, or the outlet addressed with `ل` ("told Orient", `لأورينت نت`, `لموقع السورية نت`, `تحفظت عنب بلدي على اسمه`).
 * No evidence, or a tie between outlets: null, never a guess.
 */
export function findOutlet(ctx: TextContext, bylines: readonly string[]): OutletRef | null {
  const scores = new Map<string, number>();
  const add = (id: string, score: number) => scores.set(id, (scores.get(id) ?? 0) + score);

  for (const line of bylines) {
    const tokens = tokenize(keyOf(line));
    for (const hit of ctx.lexicons.trie.scan(tokens)) {
      for (const value of hit.values) if (value.kind === "outlet") add(value.entry.id, 3);
    }
  }
  for (const hit of ctx.hits) {
    const first = ctx.tokens.texts[hit.firstToken] ?? "";
    const previous = ctx.tokens.texts[hit.firstToken - 1] ?? "";
    const addressed = (hit.prefixLength > 0 && first.startsWith("ل")) || previous === "ل" || previous === "لموقع" || previous === "لقناه" || previous === "لصحيفه" || previous === "لوكاله" || previous === "لشبكه";
    const withheld = (ctx.tokens.texts[hit.firstToken - 1] ?? "").startsWith("تحفظ");
    if (!addressed && !withheld) continue;
    for (const value of hit.values) if (value.kind === "outlet") add(value.entry.id, 2);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || (second && second[1] === best[1])) return null;
  const entry = ctx.lexicons.outlets.get(best[0]);
  return entry ? { id: entry.id, name: entry.name, nameEn: entry.nameEn } : null;
}
