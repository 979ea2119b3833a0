import cues from "../../data/event-cues.json";
import { z } from "zod";
import { loadEntries } from "../lexicon/load";

export const CueName = z.enum([
  "irrealis",
  "negation",
  "denial",
  "claim",
  "history",
  "habitual",
  "support",
  "target",
  "between",
  "killed",
  "injured",
  "captured",
  "arrested",
  "displaced",
  "campaign",
  "civilian",
  "anaphor-place",
  "destroyed",
  "complementizer",
  "state",
  "attempt",
  "with",
  "subordinator",
  "according",
  "since",
  "tally",
  "belonging",
  "establish",
  "deploy",
  "intervention",
  "one-person",
]);
export type CueName = z.infer<typeof CueName>;

const CueEntry = z.object({ cue: CueName, forms: z.array(z.string()).min(1) });
export type CueEntry = z.infer<typeof CueEntry>;

/** Function words and phrases the event layer reads around triggers (negation, support, casualties…). */
export function cueEntries(): CueEntry[] {
  return loadEntries("event-cues.json", CueEntry, cues);
}

const CUE_NAMES: ReadonlySet<string> = new Set(CueName.options);
export function isCueName(name: string): name is CueName {
  return CUE_NAMES.has(name);
}
