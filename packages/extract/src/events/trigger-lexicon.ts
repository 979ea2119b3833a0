import { EventType, SubEventType } from "@marsad/model";
import triggers from "../../data/triggers.json";
import { z } from "zod";
import { loadEntries } from "../lexicon/load";
import type { TriggerEntry } from "../lexicon/types";
import { keyOf } from "../normalize/matching-key";
import { nounForms, pastForms, presentForms } from "./morphology";

/** What a trigger does in its clause, which decides how its actors are read and how events merge. */
export const TriggerRole = z.enum([
  "attack",
  "resist",
  "clash",
  "takeover",
  "capture",
  "strike",
  "target",
  "explode",
  "assassinate",
  "shoot",
  "abduct",
  "arrest",
  "agreement",
  "withdraw",
  "transfer",
  "base",
  "loot",
  "change",
  "disrupt",
  "protest",
  "riot",
]);
export type TriggerRole = z.infer<typeof TriggerRole>;

export const TriggerSpec = z.object({
  id: z.string().min(1),
  verbs: z.array(z.tuple([z.string(), z.string()])).default([]),
  nouns: z.array(z.string()).default([]),
  forms: z.array(z.string()).default([]),
  /** Words that must follow a conjugated verb (`فجر` + `نفسه`, `أطلق` + `النار`). */
  tail: z.string().optional(),
  eventType: EventType,
  subEventType: SubEventType,
  role: TriggerRole,
  /** A weak trigger makes an event only with its own place or actor in the clause. */
  weak: z.boolean().default(false),
  /** A bare noun that often names an old or hypothetical matter (`اتفاق`, `مفاوضات`): an event only with a date in its sentence. */
  needsDate: z.boolean().default(false),
  /** Part of a neighbouring trigger's event (`أسروا` after `اقتحم`): joins the event before it in the sentence when there is one. */
  dependent: z.boolean().default(false),
  /** A noun that names an event only beside a verb of this cue (`نصب نقطة عسكرية`, `استقدم تعزيزات`). */
  needsCue: z.enum(["establish", "deploy"]).optional(),
});
export type TriggerSpec = z.infer<typeof TriggerSpec>;

let specs: Map<string, TriggerSpec> | undefined;

/** The trigger lexicon, by id. */
export function triggerSpecs(): ReadonlyMap<string, TriggerSpec> {
  specs ??= new Map(loadEntries("triggers.json", TriggerSpec, triggers).map((spec) => [spec.id, spec]));
  return specs;
}

/** Every surface form of a trigger, generated from its verbs and nouns. */
export function triggerForms(spec: TriggerSpec): string[] {
  const verbal = spec.verbs.flatMap(([past, present]) => [...pastForms(past), ...presentForms(present)]);
  const withTail = spec.tail ? verbal.map((form) => `${form} ${keyOf(spec.tail ?? "")}`) : verbal;
  const forms = [...withTail, ...spec.nouns.flatMap(nounForms), ...spec.forms.map(keyOf)];
  return [...new Set(forms)];
}

/** Trigger lexicon entries for the shared trie. */
export function triggerEntries(): TriggerEntry[] {
  return [...triggerSpecs().values()].map((spec) => ({
    id: spec.id,
    forms: triggerForms(spec),
    eventType: spec.eventType,
    subEventType: spec.subEventType,
  }));
}
