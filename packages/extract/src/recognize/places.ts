import type { TextContext } from "./context";
import { type PlaceCandidate, placeCandidates } from "./places-candidates";
import { defaultPlaceCues, type PlaceCues } from "./places-cues";
import { focusOf, sentenceClusters } from "./places-evidence";
import { judge } from "./places-judge";
import { PlaceOutput, type PlaceRecognition } from "./places-output";
import { provinceDirections, regionPhrase } from "./places-phrases";
import { directionRegion } from "./places-regions";
import { chooseEntry, type GeoEvidence } from "./places-resolve";
import { CueReader } from "./places-tokens";

export type { PlaceMentionDetail, PlaceRecognition } from "./places-output";

/**
 * Recognizes the places an article names, from the shared lexicon scan: trigger words and clitics, homonyms
 * chosen by the governorate in focus and the places around them, ordinary words and given names kept out
 * unless the context says "place", and direction phrases turned into regions.
 */
export function recognizePlaces(ctx: TextContext, cues: PlaceCues = defaultPlaceCues()): PlaceRecognition {
  const reader = new CueReader(ctx.tokens, cues);
  const stopForms = cues.keysOf.get("stop") ?? new Set<string>();
  const candidates = placeCandidates(ctx, reader);
  const triggers = candidates.map((c) => c.trigger);
  const verdicts = judge(candidates, stopForms, triggers);

  const accepted: PlaceCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as PlaceCandidate;
    if (verdicts[i] !== "yes") continue;
    // A coordinated name inherits the trigger of the name before it (`بلدتي طفس والشجرة`): only then is it copied.
    const trigger = triggers[i] ?? null;
    accepted.push(trigger === c.trigger ? c : { ...c, trigger });
  }
  const focus = focusOf(accepted);
  const evidence: GeoEvidence = { focus, sentenceClusters: sentenceClusters(ctx, reader, accepted) };

  const out = new PlaceOutput(ctx);
  for (const c of accepted) {
    const entry = chooseEntry(c, evidence);
    if (!entry) continue;
    out.add(c.span, entry, {
      trigger: c.trigger?.form ?? null,
      checkpoint: c.trigger?.checkpoint === true,
      near: c.near,
      direction: null,
    });
    const region = regionPhrase(ctx, reader, c);
    if (region) {
      out.add(region.span, directionRegion(ctx.lexicons, entry, region.words), {
        trigger: null,
        checkpoint: false,
        near: false,
        direction: region.words?.direction ?? null,
      });
    }
  }
  provinceDirections(ctx, reader, focus, out);
  return out.result(focus);
}
