import type { Mention } from "@marsad/model";
import { hitSpan, mention } from "./spans";
import type { TextContext } from "./context";

export interface WeaponsResult {
  /** One mention per weapon phrase; `ref` is the weapon value of the model's vocabulary (`tank`, `atgm`…). */
  readonly mentions: Mention[];
}

/**
 * Weapons named in the article, from the shared lexicon scan. A phrase that is both a weapon and an actor
 * (`الطيران الروسي`) is listed in both lexicons, so the one hit carries both readings.
 */
export function recognizeWeapons(ctx: TextContext): WeaponsResult {
  const mentions: Mention[] = [];
  for (const hit of ctx.hits) {
    for (const value of hit.values) {
      if (value.kind !== "weapon") continue;
      mentions.push(mention(ctx, "weapon", hitSpan(ctx, hit), value.entry.weapon));
      break;
    }
  }
  return { mentions };
}

/** The distinct weapons of a list of mentions, in order of first mention. */
export function weaponsOf(mentions: readonly Mention[]): string[] {
  const seen = new Set<string>();
  for (const m of mentions) if (m.kind === "weapon" && m.ref) seen.add(m.ref);
  return [...seen];
}
