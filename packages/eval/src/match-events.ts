import type { Count, Event, ExtractionResult } from "@marsad/model";
import { maxWeightAssignment } from "./assignment";
import type { GoldEntity, GoldEvent, GoldFile, GoldForbid, GoldRange } from "./gold-schema";
import { goldNames } from "./match-entities";
import { type Counts, type Tally, tallyOf } from "./metrics";
import { anySameName } from "./normalize-name";

export const EVENT_ATTRIBUTES = ["subEventType", "actor1", "actor2", "fatalities", "captured", "weapons"] as const;
export type EventAttribute = (typeof EVENT_ATTRIBUTES)[number];
/** Outcome of each attribute the gold scores on one event (absent = the gold leaves it unscored). */
export type AttributeOutcomes = Partial<Record<EventAttribute, boolean>>;

export interface EventPair {
  readonly goldIndex: number;
  readonly gold: GoldEvent;
  readonly predicted: Event;
  readonly attributes: AttributeOutcomes;
}

export interface EventMiss {
  readonly goldIndex: number;
  readonly gold: GoldEvent;
  /** A prediction has the right type and place but another date. */
  readonly misdated: boolean;
}

export interface ForbidViolation {
  readonly rule: GoldForbid["rule"];
  readonly value: number;
  readonly event: Event;
}

export interface EventScore {
  readonly counts: Counts;
  /** Matched required gold events, with their attribute outcomes. */
  readonly pairs: readonly EventPair[];
  /** Predictions absorbed by optional gold events: neither found nor false alarms. */
  readonly absorbed: readonly Event[];
  readonly misses: readonly EventMiss[];
  readonly falseAlarms: readonly Event[];
  /** Predictions that match a gold event another prediction already took. */
  readonly duplicates: readonly Event[];
  readonly attributes: Record<EventAttribute, Tally>;
  /** Required gold events with a date: right when matched, wrong when found only at another date. */
  readonly date: Tally;
  readonly forbidViolations: readonly ForbidViolation[];
  /** Predicted events told as history, left out of event scoring. */
  readonly background: number;
}

/** Names a predicted place or actor id goes by in the result, for matching against accepted names. */
function namesOf(entries: readonly { id: string; name: string; nameEn?: string | undefined }[], id: string | null): string[] {
  if (id === null) return [];
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) return [];
  return entry.nameEn ? [entry.name, entry.nameEn] : [entry.name];
}

/** Accepted names widened by every name of the gold entries they refer to (`طفس` → also `Tafas`). */
function widen(accepted: readonly string[], entries: readonly GoldEntity[]): string[] {
  const names = new Set(accepted);
  for (const entry of entries) {
    const all = goldNames(entry);
    if (anySameName(all, accepted)) for (const name of all) names.add(name);
  }
  return [...names];
}

/** A predicted count lies within the gold range: its exact count, or both its bounds. */
export function countWithin(predicted: Count | null, gold: GoldRange): boolean {
  if (predicted === null) return false;
  const low = predicted.count ?? predicted.min ?? predicted.max;
  const high = predicted.count ?? predicted.max ?? predicted.min;
  if (low === null || high === null) return false;
  return low >= gold.min && (gold.max === null || high <= gold.max);
}

interface EventJudge {
  sameEvent(gold: GoldEvent, predicted: Event, checkDate: boolean): boolean;
  attributes(gold: GoldEvent, predicted: Event): AttributeOutcomes;
}

function judge(goldFile: GoldFile, result: ExtractionResult): EventJudge {
  const acceptedPlaces = new Map<GoldEvent, string[]>();
  const placesOf = (gold: GoldEvent): string[] => {
    let names = acceptedPlaces.get(gold);
    if (!names) {
      names = widen(gold.place, goldFile.expect.places);
      acceptedPlaces.set(gold, names);
    }
    return names;
  };
  const actorMatches = (accepted: string[], id: string | null): boolean =>
    anySameName(namesOf(result.actors, id), widen(accepted, goldFile.expect.actors));
  return {
    sameEvent(gold, predicted, checkDate) {
      if (gold.eventType !== predicted.eventType) return false;
      if (!anySameName(namesOf(result.places, predicted.place), placesOf(gold))) return false;
      return !checkDate || gold.date === null || gold.date === predicted.date.value;
    },
    attributes(gold, predicted) {
      const outcomes: AttributeOutcomes = { subEventType: gold.subEventType.includes(predicted.subEventType) };
      if (gold.actor1 !== null) outcomes.actor1 = actorMatches(gold.actor1, predicted.actor1);
      if (gold.actor2 !== null) outcomes.actor2 = actorMatches(gold.actor2, predicted.actor2);
      if (gold.fatalities !== null) outcomes.fatalities = countWithin(predicted.fatalities, gold.fatalities);
      if (gold.captured !== null) outcomes.captured = countWithin(predicted.captured, gold.captured);
      // An empty gold list is trivially a subset: only score events whose gold names weapons.
      if (gold.weapons.length > 0) outcomes.weapons = gold.weapons.every((weapon) => predicted.weapons.includes(weapon));
      return outcomes;
    },
  };
}

/** Required beats optional whatever the attributes; among equals, more agreeing attributes win. */
const REQUIRED_WEIGHT = 1000;
const OPTIONAL_WEIGHT = 100;

/** Scores the events of one article as FORMAT.md says. */
export function matchEvents(goldFile: GoldFile, result: ExtractionResult): EventScore {
  const goldEvents = goldFile.expect.events;
  const scored = result.events.filter((event) => !event.background);
  const { sameEvent, attributes } = judge(goldFile, result);
  const same = goldEvents.map((gold) => scored.map((predicted) => sameEvent(gold, predicted, true)));
  const weights = goldEvents.map((gold, g) =>
    scored.map((predicted, p) => {
      if (!same[g]?.[p]) return 0;
      const agreeing = Object.values(attributes(gold, predicted)).filter(Boolean).length;
      return (gold.required ? REQUIRED_WEIGHT : OPTIONAL_WEIGHT) + agreeing;
    }),
  );
  const assigned = maxWeightAssignment(weights);
  const takenGold = new Set(assigned.map(([g]) => g));
  const takenPredicted = new Set(assigned.map(([, p]) => p));

  const pairs: EventPair[] = [];
  const absorbed: Event[] = [];
  for (const [g, p] of assigned) {
    const gold = goldEvents[g];
    const predicted = scored[p];
    if (!gold || !predicted) continue;
    if (gold.required) pairs.push({ goldIndex: g, gold, predicted, attributes: attributes(gold, predicted) });
    else absorbed.push(predicted);
  }
  const leftOver = scored.filter((_, p) => !takenPredicted.has(p));
  const matchesAnyGold = (predicted: Event): boolean => goldEvents.some((gold) => sameEvent(gold, predicted, true));
  // Optional gold events absorb every prediction that fits them, not only the one assigned.
  const isAbsorbed = (predicted: Event): boolean =>
    goldEvents.some((gold) => !gold.required && sameEvent(gold, predicted, true));
  const falseAlarms = leftOver.filter((predicted) => !matchesAnyGold(predicted));
  const duplicates = leftOver.filter((predicted) => matchesAnyGold(predicted) && !isAbsorbed(predicted));
  absorbed.push(...leftOver.filter(isAbsorbed));

  const misses: EventMiss[] = goldEvents.flatMap((gold, g) =>
    gold.required && !takenGold.has(g)
      ? [{ goldIndex: g, gold, misdated: gold.date !== null && scored.some((predicted) => sameEvent(gold, predicted, false)) }]
      : [],
  );
  return {
    counts: { tp: pairs.length, fp: falseAlarms.length, fn: misses.length },
    pairs,
    absorbed,
    misses,
    falseAlarms,
    duplicates,
    attributes: tallyAttributes(pairs),
    date: tallyOf([
      ...pairs.filter((pair) => pair.gold.date !== null).map(() => true),
      ...misses.filter((miss) => miss.misdated).map(() => false),
    ]),
    forbidViolations: findForbidViolations(goldFile.expect.forbid, result.events),
    background: result.events.length - scored.length,
  };
}

function tallyAttributes(pairs: readonly EventPair[]): Record<EventAttribute, Tally> {
  const outcomesOf = (attribute: EventAttribute): boolean[] =>
    pairs.flatMap((pair) => {
      const outcome = pair.attributes[attribute];
      return outcome === undefined ? [] : [outcome];
    });
  return {
    subEventType: tallyOf(outcomesOf("subEventType")),
    actor1: tallyOf(outcomesOf("actor1")),
    actor2: tallyOf(outcomesOf("actor2")),
    fatalities: tallyOf(outcomesOf("fatalities")),
    captured: tallyOf(outcomesOf("captured")),
    weapons: tallyOf(outcomesOf("weapons")),
  };
}

/** Traps: a campaign total must not sit on any single event, background ones included. */
export function findForbidViolations(rules: readonly GoldForbid[], events: readonly Event[]): ForbidViolation[] {
  return rules.flatMap((rule) =>
    events.flatMap((event) => {
      const fatalities = event.fatalities?.count ?? event.fatalities?.min ?? null;
      return fatalities !== null && fatalities >= rule.value ? [{ rule: rule.rule, value: rule.value, event }] : [];
    }),
  );
}
