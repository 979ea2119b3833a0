import type { Span } from "@marsad/model";
import type { LexiconHit } from "../lexicon/trie";
import type { LexiconValue } from "../lexicon/types";
import type { TextContext } from "../recognize/context";
import { hitSpan, sentenceIndexAt } from "../recognize/spans";
import { type CueName, isCueName } from "./cue-lexicon";
import { type TriggerSpec, triggerSpecs } from "./trigger-lexicon";

/** A trigger word in the body. */
export interface TriggerOccurrence {
  spec: TriggerSpec;
  span: Span;
  /** First token of the match. */
  token: number;
  sentence: number;
}

/** A cue word in the body. */
export interface CueOccurrence {
  cue: CueName;
  span: Span;
  token: number;
  endToken: number;
  sentence: number;
}

/** Triggers and cues from the one lexicon scan; a shorter trigger under a longer weapon name still counts. */
export function findOccurrences(ctx: TextContext): { triggers: TriggerOccurrence[]; cues: CueOccurrence[] } {
  const specs = triggerSpecs();
  const triggers: TriggerOccurrence[] = [];
  const cues: CueOccurrence[] = [];
  for (const hit of ctx.hits) {
    const layers = [{ endToken: hit.endToken, values: hit.values }, ...hit.nested];
    const triggerLayer = layers.find((layer) => layer.values.some((v) => v.kind === "trigger"));
    if (triggerLayer) {
      const span = hitSpan(ctx, { ...hit, endToken: triggerLayer.endToken });
      for (const value of triggerLayer.values) {
        if (value.kind !== "trigger") continue;
        const spec = specs.get(value.entry.id);
        if (spec) triggers.push({ spec, span, token: hit.firstToken, sentence: sentenceIndexAt(ctx, span.start) });
      }
    }
    for (const layer of layers) {
      for (const value of layer.values) {
        if (value.kind !== "cue" || !isCueName(value.cue)) continue;
        const span = hitSpan(ctx, { ...hit, endToken: layer.endToken });
        cues.push({ cue: value.cue, span, token: hit.firstToken, endToken: layer.endToken, sentence: sentenceIndexAt(ctx, span.start) });
      }
    }
  }
  return { triggers: dedupeTriggers(triggers), cues };
}

/** One trigger per token: where two lexicon entries share a form, the first listed wins. */
function dedupeTriggers(triggers: TriggerOccurrence[]): TriggerOccurrence[] {
  const seen = new Set<number>();
  return triggers.filter((t) => {
    if (seen.has(t.token)) return false;
    seen.add(t.token);
    return true;
  });
}

export function isCueHit(hit: LexiconHit<LexiconValue>, cue: CueName): boolean {
  return hit.values.some((v) => v.kind === "cue" && v.cue === cue);
}
