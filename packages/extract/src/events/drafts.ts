import type { ArgumentOrigin, Count, Event, EventTypeName, Place, Span, SubEventTypeName, WeaponName } from "@marsad/model";
import type { Grounded } from "./grounding";
import { geoPrecisionOf } from "../recognize/places-precision";
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
  return !date ? "" : (date.value ?? date.key ?? `text:${date.text}`);
}

/** Whether two actors can be one side of one event: the same, one unknown, or allies (a division and its army). */
export type Allied = (a: string, b: string) => boolean;

/** Two drafts can be one event when neither names a side the other contradicts: same or allied actors, or unknowns. */
function compatibleActors(a: EventDraft, b: EventDraft, allied: Allied): boolean {
  return (
    (fits(a.actor1, b.actor1, allied) && fits(a.actor2, b.actor2, allied)) ||
    (fits(a.actor1, b.actor2, allied) && fits(a.actor2, b.actor1, allied)) ||
    (a.eventType !== "Battles" && fits(a.actor1, b.actor1, allied))
  );
}

function fits(x: string | null, y: string | null, allied: Allied): boolean {
  return x === null || y === null || x === y || allied(x, y);
}

function sameActor(a: string, b: string): boolean {
  return a === b;
}

/** One event per (type, place, day, actor pair): an attack and the resistance to it are one battle. */
export function mergeDrafts(drafts: readonly EventDraft[], allied: Allied, rank: (id: string) => number): EventDraft[] {
  const merged: EventDraft[] = [];
  const byKey = new Map<string, EventDraft[]>();
  for (const draft of drafts) {
    const key = `${draft.eventType}|${draft.place}|${dayKey(draft)}|${draft.background}`;
    const candidates = byKey.get(key);
    let into: EventDraft | undefined;
    if (candidates) {
      for (const m of candidates) {
        if (compatibleActors(m, draft, allied)) {
          into = m;
          break;
        }
      }
    }
    if (into) absorb(into, draft, allied, rank);
    else {
      const fresh = copy(draft);
      merged.push(fresh);
      if (candidates) candidates.push(fresh);
      else byKey.set(key, [fresh]);
    }
  }
  return merged;
}

/** A draft that owns its lists, so absorbing others into it leaves the drafts it came from alone. */
function copy(draft: EventDraft): EventDraft {
  const fresh: EventDraft = {
    eventType: draft.eventType,
    subEventType: draft.subEventType,
    date: draft.date,
    place: draft.place,
    placeKind: draft.placeKind,
    actor1: draft.actor1,
    actor2: draft.actor2,
    assocActors: draft.assocActors.slice(),
    // Same key order as the drafts' (the events show it as is).
    origins: { ...draft.origins },
    counts: draft.counts.slice(),
    weapons: draft.weapons.slice(),
    background: draft.background,
    disputed: draft.disputed,
    attribution: draft.attribution,
    trigger: draft.trigger,
    evidence: draft.evidence.slice(),
  };
  if ("disputedBy" in draft) fresh.disputedBy = draft.disputedBy;
  return fresh;
}

function absorb(into: EventDraft, draft: EventDraft, allied: Allied, rank: (id: string) => number): void {
  into.subEventType = moreSpecific(into.subEventType, draft.subEventType);
  const extra: string[] = [];
  if (into.actor1 && draft.actor1 && into.actor1 !== draft.actor1 && allied(into.actor1, draft.actor1)) {
    // The broader actor leads (the army over its division); the narrower one is associated.
    if (rank(draft.actor1) < rank(into.actor1)) {
      extra.push(into.actor1);
      into.actor1 = draft.actor1;
    } else extra.push(draft.actor1);
  }
  into.actor1 ??= draft.actor1;
  if (draft.actor2 && (into.actor2 === null || (ORIGIN_RANK[draft.origins.actor2] > ORIGIN_RANK[into.origins.actor2] && !allied(draft.actor2, into.actor1 ?? "")))) {
    into.actor2 = draft.actor2;
    into.origins.actor2 = draft.origins.actor2;
  }
  if (into.origins.actor1 === "none") into.origins.actor1 = draft.origins.actor1;
  if (into.origins.actor2 === "none") into.origins.actor2 = draft.origins.actor2;
  const assoc: string[] = [];
  for (const list of [into.assocActors, draft.assocActors, extra]) {
    for (const id of list) if (id !== into.actor1 && id !== into.actor2 && !assoc.includes(id)) assoc.push(id);
  }
  into.assocActors = assoc;
  for (const count of draft.counts) into.counts.push(count);
  // `into.weapons` is its own list (a copy), and already without repeats.
  for (const weapon of draft.weapons) if (!into.weapons.includes(weapon)) into.weapons.push(weapon);
  into.disputed ||= draft.disputed;
  into.attribution ??= draft.attribution;
  for (const span of draft.evidence) if (!into.evidence.some((e) => e.start === span.start && e.end === span.end)) into.evidence.push(span);
}

/** Nearer evidence ranks higher. */
const ORIGIN_RANK: Record<ArgumentOrigin, number> = { clause: 5, sentence: 4, previous: 3, paragraph: 2, focus: 1, none: 0 };

const STATED: ReadonlySet<ArgumentOrigin> = new Set(["clause", "sentence"]);

/**
 * An event placed only at a governorate or region (`التصعيد في درعا`) is the same happening as an event of the
 * same kind at a town of that governorate, when their days agree or the coarse one has no day of its own.
 */
export function foldCoarse(drafts: readonly EventDraft[], coarse: (id: string | null) => boolean, admin1: (id: string | null) => string | null, allied: Allied, rank: (id: string) => number): EventDraft[] {
  const kept: EventDraft[] = [];
  const folded = new Set<EventDraft>();
  for (const draft of drafts) {
    if (!coarse(draft.place) || draft.background) continue;
    const region = admin1(draft.place);
    const host = drafts.find(
      (d) =>
        d !== draft &&
        !folded.has(d) &&
        !coarse(d.place) &&
        !d.background &&
        d.eventType === draft.eventType &&
        (region === null || admin1(d.place) === region) &&
        (dayKey(d) === dayKey(draft) || !STATED.has(draft.origins.date)) &&
        // A summary of fighting names allies loosely; a political development across places needs the same parties.
        compatibleActors(d, draft, draft.eventType === "Strategic developments" ? sameActor : allied),
    );
    if (host) {
      absorb(host, draft, allied, rank);
      folded.add(draft);
    }
  }
  for (const draft of drafts) if (!folded.has(draft)) kept.push(draft);
  return kept;
}

/** Events of the contract: counts folded per kind, ids, geo-precision and a confidence from where arguments came. */
export function finalizeEvents(drafts: readonly EventDraft[], articleId: string, body: string, places: ReadonlyMap<string, Place>): Event[] {
  return drafts.map((draft, index) => {
    const place = draft.place ? places.get(draft.place) : undefined;
    // A place inferred from the article's focus is "near" it, not the named spot.
    const geoPrecision = place ? geoPrecisionOf(place, { near: draft.origins.place === "focus" }) : 3;
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
      fatalities: countOf(draft.counts, "killed"),
      injured: countOf(draft.counts, "injured"),
      captured: countOf(draft.counts, "captured") ?? countOf(draft.counts, "arrested"),
      displaced: countOf(draft.counts, "displaced"),
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

/** The count of one kind an event reports: the one that says most among its casualty words of that kind. */
function countOf(counts: readonly CasualtyCount[], kind: CasualtyCount["kind"]): Count | null {
  let best: Count | null = null;
  for (const c of counts) if (c.kind === kind) best = preferCount(best, c.count);
  return best;
}

const ORIGIN_WEIGHT: Record<ArgumentOrigin, number> = { clause: 1, sentence: 0.8, previous: 0.5, paragraph: 0.4, focus: 0.25, none: 0 };

/** How much of the event its own sentence grounds: place and actors weigh most, then the date. */
function confidenceOf(draft: EventDraft): number {
  const o = draft.origins;
  const score = 0.2 + 0.3 * ORIGIN_WEIGHT[o.place] + 0.25 * ORIGIN_WEIGHT[o.actor1] + 0.1 * ORIGIN_WEIGHT[o.actor2] + 0.15 * ORIGIN_WEIGHT[o.date];
  return Math.round(Math.min(1, score) * 100) / 100;
}
