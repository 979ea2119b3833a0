import type { Span } from "@marsad/model";
import type { TriggerOccurrence } from "./occurrences";

/** Arguments usually follow their trigger in Arabic (verb–subject–object): one before it is farther by this factor. */
const BEFORE_PENALTY = 1.5;

/**
 * The trigger of the same sentence that a mention belongs to: the nearest one, preferring the trigger
 * before the mention. Returns the index into `triggers`, or -1 when the sentence has none.
 */
/** An instrument (`بقذائف الهاون`) follows the verb it serves, so it goes to a trigger after it only when none precedes. */
export const INSTRUMENT_PENALTY = 100;
/** How far after its verb a place still belongs to it (`سلّم فصيل "قوات شباب السنة" مدينة بصرى الشام`). */
const PLACE_REACH = 80;

/**
 * A place follows its verb (`اقتحام مدينة طفس`), so it belongs to the trigger before it when that one is near;
 * else to the nearest trigger either way (`أبناء صيدا اقتحموا`).
 */
export function placeOwnerOf(span: Span, sentence: number, triggers: readonly TriggerOccurrence[]): number {
  const preceding = ownerOf(span, sentence, triggers, INSTRUMENT_PENALTY);
  const trigger = triggers[preceding];
  if (trigger && trigger.span.start <= span.start && span.start - trigger.span.end <= PLACE_REACH) return preceding;
  return ownerOf(span, sentence, triggers);
}

export function ownerOf(span: Span, sentence: number, triggers: readonly TriggerOccurrence[], beforePenalty = BEFORE_PENALTY): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let index = 0; index < triggers.length; index++) {
    const trigger = triggers[index] as TriggerOccurrence;
    if (trigger.sentence !== sentence) continue;
    const distance = trigger.span.start <= span.start ? span.start - trigger.span.end : (trigger.span.start - span.end) * beforePenalty;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  }
  return best;
}
