import { z } from "zod";
import rulesFile from "../../data/actor-form-rules.json";
import cuesFile from "../../data/actor-cues.json";
import nationalitiesFile from "../../data/actor-nationalities.json";
import { loadEntries } from "../lexicon/load";
import { keyOf } from "../normalize/matching-key";

/**
 * How an ambiguous actor form is read (`data/actor-form-rules.json`):
 * - every rule: not when the next word is one of `words` (`الهيئة العامة`), nor, for a one-word form, when a nisba
 *   adjective follows (`النظام الإيراني`, `التنظيم الإداري`, `التحالف الوطني`): noun and adjective then name something
 *   else; plurals in `-ي` (`الأهالي`) are `not-adjective` cues in `data/actor-cues.json`;
 * - `standalone`: nothing more;
 * - `needs-strong`: only when the same actor is also named unambiguously in the article (`الهيئة`, `الجيش`);
 * - `resolve-to-present`: a collective (`الفصائل`) stands for the first of `actors` named in the article, else `fallback`.
 */
const notBefore = z.array(z.string()).default([]);
export const ActorFormRule = z.discriminatedUnion("rule", [
  z.object({ form: z.string(), rule: z.literal("standalone"), words: notBefore }),
  z.object({ form: z.string(), rule: z.literal("needs-strong"), words: notBefore }),
  z.object({ form: z.string(), rule: z.literal("resolve-to-present"), words: notBefore, actors: z.array(z.string()).min(1), fallback: z.string() }),
]);
export type ActorFormRule = z.infer<typeof ActorFormRule>;

/** Context words around actor mentions (`data/actor-cues.json`). */
export const ActorCue = z.object({ form: z.string(), role: z.enum(["former", "partitive", "clan", "local", "place-noun", "foreign-head", "not-adjective"]) });
export type ActorCue = z.infer<typeof ActorCue>;

/** A nationality adjective and the foreign army it points to after a strike or force word (`غارات روسية`). */
export const ActorNationality = z.object({ form: z.string(), actor: z.string() });

export interface ActorRules {
  /** By matching key of the form. */
  readonly forms: ReadonlyMap<string, ActorFormRule>;
  /** Matching keys of each cue role. */
  readonly cues: Readonly<Record<ActorCue["role"], ReadonlySet<string>>>;
  /** Matching key of a nationality adjective → actor id. */
  readonly nationalities: ReadonlyMap<string, string>;
}

let cached: ActorRules | undefined;
export function actorRules(): ActorRules {
  if (cached) return cached;
  const forms = new Map<string, ActorFormRule>();
  for (const rule of loadEntries("actor-form-rules.json", ActorFormRule, rulesFile)) {
    forms.set(keyOf(rule.form), { ...rule, words: rule.words.map(keyOf) });
  }
  const cues = {
    former: new Set<string>(),
    partitive: new Set<string>(),
    clan: new Set<string>(),
    local: new Set<string>(),
    "place-noun": new Set<string>(),
    "foreign-head": new Set<string>(),
    "not-adjective": new Set<string>(),
  };
  for (const cue of loadEntries("actor-cues.json", ActorCue, cuesFile)) cues[cue.role].add(keyOf(cue.form));
  const nationalities = new Map<string, string>();
  for (const row of loadEntries("actor-nationalities.json", ActorNationality, nationalitiesFile)) nationalities.set(keyOf(row.form), row.actor);
  cached = { forms, cues, nationalities };
  return cached;
}
