import type { ArgumentOrigin, Mention, Place, Span } from "@marsad/model";
import type { DateSpan } from "./inputs";
import type { TriggerOccurrence } from "./occurrences";
import { geoPrecisionOf } from "../recognize/places-precision";
import { placeOwnerOf } from "./ownership";
import type { SentenceIndex } from "./sentence-facts";

/** Places joined only by `و`, `،` or `مدينتي`-style duals name several places of one event. */
const COORDINATION = /^[\s،,]*(و)?\s*$/;

export interface Grounded<T> {
  value: T;
  origin: ArgumentOrigin;
}

export function isPointPlace(place: Pick<Place, "kind"> | undefined): boolean {
  return place !== undefined && geoPrecisionOf(place) === 1;
}

/**
 * The places of a trigger: its own place mentions (nearest-trigger ownership), several when coordinated
 * (`في مدينتي طفس ونوى`); else a town named in the sentence; else the last town named before it;
 * else the article's focus. Towns beat regions and governorates named beside them.
 */
export function groundPlaces(
  trigger: TriggerOccurrence,
  triggers: readonly TriggerOccurrence[],
  places: readonly Mention[],
  entries: ReadonlyMap<string, Place>,
  sentences: SentenceIndex,
  body: string,
  focus: string | null,
  coarse: (id: string | null) => boolean,
): Grounded<string[]> {
  const finest = (mentions: Mention[]) => finestOf(mentions, coarse);
  const index = triggers.indexOf(trigger);
  const inSentence = sentences.inSentence(places, trigger.sentence).filter((m) => m.ref);
  const owned = inSentence.filter((m) => placeOwnerOf(m, trigger.sentence, triggers) === index);
  const ownedPoints = finest(owned.filter((m) => isPointPlace(entries.get(m.ref ?? ""))));
  if (ownedPoints.length > 0) {
    const group = coordinated(ownedPoints, trigger, body);
    // `على الطريق بين بلدتي نوى والشيخ سعد`: between two towns is one place, near the first.
    const between = sentences.cueBefore(trigger.sentence, ownedPoints[0]?.start ?? 0, "between", BETWEEN_WINDOW);
    return { value: between ? group.slice(0, 1) : group, origin: "clause" };
  }
  // `المدينة`, `البلدة` with no name of their own refer to the town the article is about.
  if (focus && sentences.has(trigger.sentence, "anaphor-place") && owned.length === 0) return { value: [focus], origin: "paragraph" };
  const sentencePoints = finest(inSentence.filter((m) => isPointPlace(entries.get(m.ref ?? ""))));
  if (owned.length > 0 && sentencePoints.length === 0) return { value: [owned[0]?.ref ?? ""], origin: "clause" };
  if (sentencePoints.length > 0) {
    const nearest = nearestTo(sentencePoints, trigger.span);
    return { value: [nearest.ref ?? ""], origin: "sentence" };
  }
  const earlier = finest(places.filter((m) => m.end <= trigger.span.start && isPointPlace(entries.get(m.ref ?? ""))));
  const last = earlier[earlier.length - 1];
  if (last?.ref) return { value: [last.ref], origin: "previous" };
  if (owned[0]?.ref) return { value: [owned[0].ref], origin: "clause" };
  if (focus) return { value: [focus], origin: "focus" };
  return { value: [], origin: "none" };
}

function finestOf(mentions: Mention[], coarse: (id: string | null) => boolean): Mention[] {
  const fine = mentions.filter((m) => !coarse(m.ref));
  return fine.length > 0 ? fine : mentions;
}

function coordinated(points: readonly Mention[], trigger: TriggerOccurrence, body: string): string[] {
  const sorted = [...points].sort((a, b) => a.start - b.start);
  const after = sorted.filter((m) => m.start >= trigger.span.end);
  const start = after[0] ?? sorted[sorted.length - 1];
  if (!start) return [];
  const group = [start];
  for (const next of sorted.slice(sorted.indexOf(start) + 1)) {
    const previous = group[group.length - 1] as Mention;
    if (!COORDINATION.test(body.slice(previous.end, next.start))) break;
    group.push(next);
  }
  return [...new Set(group.map((m) => m.ref ?? ""))];
}

function nearestTo<T extends Span>(items: readonly T[], span: Span): T {
  let best = items[0] as T;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const distance = item.start >= span.end ? item.start - span.end : span.start - item.end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = item;
    }
  }
  return best;
}

const SINCE_WINDOW = 30;
const BETWEEN_WINDOW = 12;

/**
 * The date of a trigger: a date in its sentence; else the last day- or week-precise date before it in the
 * article (the discourse's current day); else the publication date. Durations (`منذ 15 يوماً`) are not dates of events.
 */
export function groundDate(trigger: TriggerOccurrence, dates: readonly DateSpan[], sentences: SentenceIndex, published: string | null): Grounded<DateSpan | null> {
  const pointDates = dates.filter((d) => !d.duration);
  // `لأول مرة منذ عقد اتفاق التسوية عام 2018`: a date after `منذ` is where a span of time began, not the event's day.
  const sameSentence = sentences
    .inSentence(dates, trigger.sentence)
    // A date counted from another event (`بعد أسبوع من القصف`) resolves to nothing: it cannot date this one.
    .filter((d) => !d.duration && (d.value !== null || d.key !== null) && !sentences.cueBefore(trigger.sentence, d.start, "since", SINCE_WINDOW));
  if (sameSentence.length > 0) return { value: nearestTo(sameSentence, trigger.span), origin: "sentence" };
  const paragraph = sentences.paragraphOf(trigger.span.start);
  const earlier = pointDates.filter((d) => d.end <= trigger.span.start && (d.precision === "day" || d.precision === "week" || (d.value === null && d.key !== null)));
  const last = earlier[earlier.length - 1];
  if (last) return { value: last, origin: sentences.paragraphOf(last.start) === paragraph ? "previous" : "paragraph" };
  if (published) return { value: { start: 0, end: 0, value: published, precision: "day", text: "", duration: false, relative: true, key: published }, origin: "focus" };
  return { value: null, origin: "none" };
}
