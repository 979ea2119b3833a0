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
  // One trigger per token: where two lexicon entries share a form, the first listed wins.
  const triggerTokens = new Set<number>();
  for (const hit of ctx.hits) {
    // The hit's own match (layer -1), then the shorter ones nested in it; only the first layer with a trigger gives triggers.
    let triggerSeen = false;
    for (let layer = -1; layer < hit.nested.length; layer++) {
      const { endToken, values } = layer < 0 ? hit : (hit.nested[layer] as (typeof hit.nested)[number]);
      // Most hits are places, actors or dates: their span is worked out only for a trigger or a cue.
      let span: Span | null = null;
      let sentence = -1;
      let givesTriggers = false;
      for (const value of values) {
        const trigger = !triggerSeen && value.kind === "trigger";
        if (!trigger && !(value.kind === "cue" && isCueName(value.cue))) continue;
        if (!span) {
          span = hitSpan(ctx, layer < 0 ? hit : { ...hit, endToken });
          sentence = sentenceIndexAt(ctx, span.start);
        }
        if (value.kind === "cue") {
          cues.push({ cue: value.cue as CueName, span, token: hit.firstToken, endToken, sentence });
          continue;
        }
        givesTriggers = true;
        const spec = value.kind === "trigger" ? specs.get(value.entry.id) : undefined;
        if (!spec || triggerTokens.has(hit.firstToken)) continue;
        triggerTokens.add(hit.firstToken);
        triggers.push({ spec, span, token: hit.firstToken, sentence });
      }
      if (givesTriggers) triggerSeen = true;
    }
  }
  return { triggers, cues };
}

export function isCueHit(hit: LexiconHit<LexiconValue>, cue: CueName): boolean {
  return hit.values.some((v) => v.kind === "cue" && v.cue === cue);
}
