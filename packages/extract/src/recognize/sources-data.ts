import { z } from "zod";
import cuesFile from "../../data/source-cues.json";
import { loadEntries } from "../lexicon/load";
import { keyOf } from "../normalize/matching-key";

/**
 * Attribution words (`data/source-cues.json`): `according-to` (`بحسب`, `وفق`) and `verb` (`ذكرت`, `قال`) put a
 * source after them; `continue` (`وأضاف`) opens a sentence that goes on reporting the last source; `filler`
 * (`ما`, `شبكة`, `وكالة`) may stand between a cue and the name; `addressed` (`لموقع`) marks the outlet spoken *to*.
 */
export const SourceCue = z.object({ form: z.string(), role: z.enum(["according-to", "verb", "continue", "filler", "addressed"]) });
export type SourceCue = z.infer<typeof SourceCue>;

export type SourceCues = Readonly<Record<SourceCue["role"], ReadonlySet<string>>>;

let cached: SourceCues | undefined;
export function sourceCues(): SourceCues {
  if (cached) return cached;
  const out = { "according-to": new Set<string>(), verb: new Set<string>(), continue: new Set<string>(), filler: new Set<string>(), addressed: new Set<string>() };
  for (const cue of loadEntries("source-cues.json", SourceCue, cuesFile)) out[cue.role].add(keyOf(cue.form));
  cached = out;
  return cached;
}
