import type { Mention } from "@marsad/model";
import { z } from "zod";
import cuesFile from "../../data/weapon-cues.json";
import { loadEntries } from "../lexicon/load";
import { keyOf } from "../normalize/matching-key";
import type { TextContext } from "./context";
import { hitSpan, mention } from "./spans";
import { sameClause, tokenIs, withHidden } from "./tokens-near";

/** Words before a weapon that say it was handed over, stored or smuggled, not used (`data/weapon-cues.json`). */
const WeaponCue = z.object({ form: z.string(), role: z.literal("not-used") });
let notUsed: ReadonlySet<string> | undefined;
function notUsedWords(): ReadonlySet<string> {
  notUsed ??= new Set(loadEntries("weapon-cues.json", WeaponCue, cuesFile).map((c) => keyOf(c.form)));
  return notUsed;
}

export interface WeaponsResult {
  /** One mention per weapon phrase; `ref` is the weapon value of the model's vocabulary (`tank`, `atgm`…). */
  readonly mentions: Mention[];
}

/**
 * Weapons named in the article, from the shared lexicon scan. A phrase that is both a weapon and an actor
 * (`الطيران الروسي`) is listed in both lexicons, so the one hit carries both readings. Weapons handed over,
 * stored or smuggled (`تسليم السلاح الخفيف`) are not weapons used and are left out.
 */
export function recognizeWeapons(ctx: TextContext): WeaponsResult {
  const mentions: Mention[] = [];
  const idle = notUsedWords();
  for (const hit of withHidden(ctx, "weapon")) {
    const before = hit.firstToken - 1;
    if (before >= 0 && sameClause(ctx, before, hit.firstToken) && tokenIs(ctx, before, idle)) continue;
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
