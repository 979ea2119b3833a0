import type { ArgumentOrigin, Count, Event, EventTypeName, Place, Span, SubEventTypeName, WeaponName } from "@marsad/model";
import { keyOf } from "../normalize/matching-key";
import type { Grounded } from "./grounding";
import { moreSpecific } from "./classify";
import { type CasualtyCount, preferCount } from "./counts";
import type { DateSpan } from "./inputs";
import type { TriggerOccurrence } from "./occurrences";

/** An event before merging: what one trigger says, with where each argument came from. */
export interface EventDraft {
  eventType: EventTypeName;
  subEventType: SubEventTypeName;
  date: Grounded<DateSpan | null>;
  place: string | null;
  placeKind: string | null;
  actor1: string | null;
  actor2: string | null;
  assocActors: string[];
  origins: { place: ArgumentOrigin; date: ArgumentOrigin; actor1: ArgumentOrigin; actor2: ArgumentOrigin };
  counts: CasualtyCount[];
  weapons: WeaponName[];
  background: boolean;
  disputed: boolean;
  disputedBy?: string | null;
  attribution: string | null;
  trigger: TriggerOccurrence;
  evidence: Span[];
}

/** The day an event is on, for merging: the resolved date, or the words that name it when unresolved. */
function dayKey(draft: EventDraft): string {
  const date = draft.date.value;
  if (!date) return "";
  return date.value ?? `text:${keyOf(date.text)}`;
}

function compatibleActors(a: EventDraft, b: EventDraft): boolean {
  const same = (x: string | null, y: string | null) => x === null || y === null || x === y;
  return (same(a.actor1, b.actor1) && same(a.actor2, b.actor2)) || (same(a.actor1, b.actor2) && same(a.actor2, b.actor1));
}

/** One event per (type, place, day, actor pair): an attack and the resistance to it are one battle. */
export function mergeDrafts(drafts: readonly EventDraft[]): EventDraft[] {
  const merged: EventDraft[] = [];
  for (const draft of drafts) {
    const into = merged.find(
      (m) => m.eventType === draft.eventType && m.place === draft.place && dayKey(m) === dayKey(draft) && m.background === draft.background && compatibleActors(m, draft),
    );
    if (!into) {
      merged.push({ ...draft, counts: [...draft.counts], weapons: [...draft.weapons], evidence: [...draft.evidence], assocActors: [...draft.assocActors] });
      continue;
    }
    into.subEventType = moreSpecific(into.subEventType, draft.subEventType);
    into.actor1 ??= draft.actor1;
    into.actor2 ??= draft.actor2;
    if (into.origins.actor1 === "none") into.origins.actor1 = draft.origins.actor1;
    if (into.origins.actor2 === "none") into.origins.actor2 = draft.origins.actor2;
    into.assocActors = [...new Set([...into.assocActors, ...draft.assocActors])].filter((id) => id !== into.actor1 && id !== into.actor2);
    into.counts.push(...draft.counts);
    into.weapons = [...new Set([...into.weapons, ...draft.weapons])];
    into.disputed ||= draft.disputed;
    into.attribution ??= draft.attribution;
    for (const span of draft.evidence) if (!into.evidence.some((e) => e.start === span.start && e.end === span.end)) into.evidence.push(span);
  }
  return merged;
}

const GEO_PRECISION: Record<string, 1 | 2 | 3> = { subdistrict: 2, district: 2, region: 3, governorate: 3, country: 3 };

/** Events of the contract: counts folded per kind, ids, geo-precision and a confidence from where arguments came. */
export function finalizeEvents(drafts: readonly EventDraft[], articleId: string, body: string, places: ReadonlyMap<string, Place>): Event[] {
  return drafts.map((draft, index) => {
    const count = (kind: CasualtyCount["kind"]) => draft.counts.filter((c) => c.kind === kind).reduce<Count | null>((acc, c) => preferCount(acc, c.count), null);
    const placeKind = draft.place ? places.get(draft.place)?.kind : undefined;
    const geoPrecision: 1 | 2 | 3 = placeKind ? (GEO_PRECISION[placeKind] ?? (draft.origins.place === "focus" ? 2 : 1)) : 3;
    const date = draft.date.value;
    return {
      id: `${articleId}-e${index + 1}`,
      eventType: draft.eventType,
      subEventType: draft.subEventType,
      date: { value: date?.value ?? null, precision: date?.value ? date.precision : "unknown", text: date?.text ?? "" },
      place: draft.place,
      geoPrecision,
      actor1: draft.actor1,
      actor2: draft.actor2,
      assocActors: draft.assocActors,
      fatalities: count("killed"),
      injured: count("injured"),
      captured: count("captured") ?? count("arrested"),
      displaced: count("displaced"),
      materiel: [],
      weapons: draft.weapons,
      background: draft.background,
      disputed: draft.disputed,
      disputedBy: draft.disputedBy ?? null,
      attribution: draft.attribution,
      trigger: { text: body.slice(draft.trigger.span.start, draft.trigger.span.end), start: draft.trigger.span.start, end: draft.trigger.span.end },
      evidence: draft.evidence,
      origins: draft.origins,
      confidence: confidenceOf(draft),
    };
  });
}

const ORIGIN_WEIGHT: Record<ArgumentOrigin, number> = { clause: 1, sentence: 0.8, previous: 0.5, paragraph: 0.4, focus: 0.25, none: 0 };

/** How much of the event its own sentence grounds: place and actors weigh most, then the date. */
function confidenceOf(draft: EventDraft): number {
  const o = draft.origins;
  const score = 0.2 + 0.3 * ORIGIN_WEIGHT[o.place] + 0.25 * ORIGIN_WEIGHT[o.actor1] + 0.1 * ORIGIN_WEIGHT[o.actor2] + 0.15 * ORIGIN_WEIGHT[o.date];
  return Math.round(Math.min(1, score) * 100) / 100;
}
