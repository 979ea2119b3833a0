import type { Span } from "@marsad/model";
import type { TriggerOccurrence } from "./occurrences";

/** Arguments usually follow their trigger in Arabic (verb–subject–object): one before it is farther by this factor. */
const BEFORE_PENALTY = 1.5;

/**
 * The trigger of the same sentence that a mention belongs to: the nearest one, preferring the trigger
 * before the mention. Returns the index into `triggers`, or -1 when the sentence has none.
 */
export function ownerOf(span: Span, sentence: number, triggers: readonly TriggerOccurrence[]): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  triggers.forEach((trigger, index) => {
    if (trigger.sentence !== sentence) return;
    const distance = trigger.span.start <= span.start ? span.start - trigger.span.end : (trigger.span.start - span.end) * BEFORE_PENALTY;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return best;
}
