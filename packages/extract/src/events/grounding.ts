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
  const index = triggers.indexOf(trigger);
  const owned: Mention[] = [];
  const sentencePointsAll: Mention[] = [];
  const ownedPointsAll: Mention[] = [];
  for (const m of sentences.inSentence(places, trigger.sentence)) {
    if (!m.ref) continue;
    const point = isPointPlace(entries.get(m.ref));
    if (point) sentencePointsAll.push(m);
    if (placeOwnerOf(m, trigger.sentence, triggers) !== index) continue;
    owned.push(m);
    if (point) ownedPointsAll.push(m);
  }
  const ownedPoints = finestOf(ownedPointsAll, coarse);
  if (ownedPoints.length > 0) {
    const group = coordinated(ownedPoints, trigger, body);
    // `على الطريق بين بلدتي نوى والشيخ سعد`: between two towns is one place, near the first.
    const between = sentences.cueBefore(trigger.sentence, ownedPoints[0]?.start ?? 0, "between", BETWEEN_WINDOW);
    return { value: between ? group.slice(0, 1) : group, origin: "clause" };
  }
  // `المدينة`, `البلدة` with no name of their own refer to the town the article is about.
  if (focus && sentences.has(trigger.sentence, "anaphor-place") && owned.length === 0) return { value: [focus], origin: "paragraph" };
  const sentencePoints = finestOf(sentencePointsAll, coarse);
  if (owned.length > 0 && sentencePoints.length === 0) return { value: [owned[0]?.ref ?? ""], origin: "clause" };
  if (sentencePoints.length > 0) {
    const nearest = nearestTo(sentencePoints, trigger.span);
    return { value: [nearest.ref ?? ""], origin: "sentence" };
  }
  const last = lastFinestBefore(places, trigger.span.start, entries, coarse);
  if (last?.ref) return { value: [last.ref], origin: "previous" };
  if (owned[0]?.ref) return { value: [owned[0].ref], origin: "clause" };
  if (focus) return { value: [focus], origin: "focus" };
  return { value: [], origin: "none" };
}

function finestOf(mentions: Mention[], coarse: (id: string | null) => boolean): Mention[] {
  let fine: Mention[] | null = null;
  for (const m of mentions) {
    if (coarse(m.ref)) continue;
    if (fine) fine.push(m);
    else fine = [m];
  }
  return fine ?? mentions;
}

/** The last point place ending before `offset`, among the fine ones if there are any (what `finestOf` would keep last). */
function lastFinestBefore(places: readonly Mention[], offset: number, entries: ReadonlyMap<string, Place>, coarse: (id: string | null) => boolean): Mention | undefined {
  let lastAny: Mention | undefined;
  for (let i = places.length - 1; i >= 0; i--) {
    const m = places[i] as Mention;
    if (m.end > offset || !isPointPlace(entries.get(m.ref ?? ""))) continue;
    if (!coarse(m.ref)) return m;
    lastAny ??= m;
  }
  return lastAny;
}

function coordinated(points: readonly Mention[], trigger: TriggerOccurrence, body: string): string[] {
  const sorted = inTextOrder(points) ? points : [...points].sort((a, b) => a.start - b.start);
  // The group starts at the first place after the trigger, else at the last one before it.
  let first = sorted.length - 1;
  for (let i = 0; i < sorted.length; i++) {
    if ((sorted[i] as Mention).start >= trigger.span.end) {
      first = i;
      break;
    }
  }
  if (first < 0) return [];
  let previous = sorted[first] as Mention;
  const refs = [previous.ref ?? ""];
  for (let i = first + 1; i < sorted.length; i++) {
    const next = sorted[i] as Mention;
    if (!COORDINATION.test(body.slice(previous.end, next.start))) break;
    if (!refs.includes(next.ref ?? "")) refs.push(next.ref ?? "");
    previous = next;
  }
  return refs;
}

function inTextOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if ((mentions[i] as Mention).start < (mentions[i - 1] as Mention).start) return false;
  return true;
}

function nearestTo<T extends Span>(items: readonly T[], span: Span): T {
  let best = items[0] as T;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const distance = distanceBetween(item, span);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = item;
    }
  }
  return best;
}

function distanceBetween(item: Span, span: Span): number {
  return item.start >= span.end ? item.start - span.end : span.start - item.end;
}

const SINCE_WINDOW = 30;
const BETWEEN_WINDOW = 12;

/**
 * The date of a trigger: a date in its sentence; else the last day- or week-precise date before it in the
 * article (the discourse's current day); else the publication date. Durations (`منذ 15 يوماً`) are not dates of events.
 */
export function groundDate(trigger: TriggerOccurrence, dates: readonly DateSpan[], sentences: SentenceIndex, published: string | null): Grounded<DateSpan | null> {
  // The nearest date of the sentence (the first of equally near ones).
  let nearest: DateSpan | null = null;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (const d of sentences.inSentence(dates, trigger.sentence)) {
    // A date counted from another event (`بعد أسبوع من القصف`) resolves to nothing: it cannot date this one.
    if (d.duration || (d.value === null && d.key === null)) continue;
    // `لأول مرة منذ عقد اتفاق التسوية عام 2018`: a date after `منذ` is where a span of time began, not the event's day.
    if (sentences.cueBefore(trigger.sentence, d.start, "since", SINCE_WINDOW)) continue;
    const distance = distanceBetween(d, trigger.span);
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = d;
    }
  }
  if (nearest) return { value: nearest, origin: "sentence" };
  for (let i = dates.length - 1; i >= 0; i--) {
    const last = dates[i] as DateSpan;
    if (last.duration || last.end > trigger.span.start || !(last.precision === "day" || last.precision === "week" || (last.value === null && last.key !== null))) continue;
    return { value: last, origin: sentences.paragraphOf(last.start) === sentences.paragraphOf(trigger.span.start) ? "previous" : "paragraph" };
  }
  if (published) return { value: { start: 0, end: 0, value: published, precision: "day", text: "", duration: false, relative: true, key: published }, origin: "focus" };
  return { value: null, origin: "none" };
}
