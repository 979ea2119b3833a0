import type { Event, ExtractionResult } from "@marsad/model";
import type { GoldEvent } from "./gold-schema";
import { EVENT_ATTRIBUTES, type EventAttribute, type EventMiss, type EventPair, type ForbidViolation } from "./match-events";

/** Plain, printable descriptions of events for the per-article breakdown and the JSON report. */
export interface PredictedEventView {
  readonly id: string;
  readonly eventType: string;
  readonly subEventType: string;
  readonly place: string | null;
  readonly date: string | null;
  readonly fatalities: number | null;
  /** The text of each evidence span of `article.body`. */
  readonly evidence: readonly string[];
}

export interface MissedEventView {
  readonly goldIndex: number;
  readonly eventType: string;
  readonly subEventType: readonly string[];
  readonly place: readonly string[];
  readonly date: string | null;
  readonly note: string;
  readonly misdated: boolean;
}

export interface MatchedEventView {
  readonly goldIndex: number;
  readonly note: string;
  readonly predicted: PredictedEventView;
  /** One line per attribute the prediction got wrong. */
  readonly wrong: readonly string[];
}

export interface ForbidViolationView {
  readonly rule: string;
  readonly value: number;
  readonly event: PredictedEventView;
}

export function viewPredicted(event: Event, result: ExtractionResult): PredictedEventView {
  const place = result.places.find((entry) => entry.id === event.place);
  return {
    id: event.id,
    eventType: event.eventType,
    subEventType: event.subEventType,
    place: place ? place.name : event.place,
    date: event.date.value,
    fatalities: event.fatalities?.count ?? event.fatalities?.min ?? null,
    evidence: event.evidence.map((span) => result.article.body.slice(span.start, span.end).replace(/\s+/g, " ").trim()),
  };
}

export function viewMiss(miss: EventMiss): MissedEventView {
  const { gold } = miss;
  return {
    goldIndex: miss.goldIndex,
    eventType: gold.eventType,
    subEventType: gold.subEventType,
    place: gold.place,
    date: gold.date,
    note: gold.note,
    misdated: miss.misdated,
  };
}

export function viewPair(pair: EventPair, result: ExtractionResult): MatchedEventView {
  const { gold, predicted, attributes } = pair;
  const actorName = (id: string | null): string =>
    id === null ? "none" : (result.actors.find((entry) => entry.id === id)?.name ?? `unknown id ${id}`);
  const describe: Record<EventAttribute, () => string> = {
    subEventType: () => `sub-event type ${predicted.subEventType}, accepted ${gold.subEventType.join(" | ")}`,
    actor1: () => `actor1 ${actorName(predicted.actor1)}, accepted ${shortList(gold.actor1)}`,
    actor2: () => `actor2 ${actorName(predicted.actor2)}, accepted ${shortList(gold.actor2)}`,
    fatalities: () => `fatalities ${countText(predicted.fatalities)}, expected ${rangeText(gold.fatalities)}`,
    captured: () => `captured ${countText(predicted.captured)}, expected ${rangeText(gold.captured)}`,
    weapons: () => `weapons [${predicted.weapons.join(", ")}], expected at least [${gold.weapons.join(", ")}]`,
  };
  const wrong = EVENT_ATTRIBUTES.flatMap((attribute) => (attributes[attribute] === false ? [describe[attribute]()] : []));
  return { goldIndex: pair.goldIndex, note: gold.note, predicted: viewPredicted(predicted, result), wrong };
}

export function viewViolation(violation: ForbidViolation, result: ExtractionResult): ForbidViolationView {
  return { rule: violation.rule, value: violation.value, event: viewPredicted(violation.event, result) };
}

function shortList(names: readonly string[] | null): string {
  if (!names) return "—";
  return names.length > 3 ? `${names.slice(0, 3).join(" | ")} | …` : names.join(" | ");
}

function countText(count: Event["fatalities"]): string {
  if (!count) return "none";
  if (count.count !== null) return String(count.count);
  return `${count.min ?? "?"}..${count.max ?? "?"}`;
}

function rangeText(range: GoldEvent["fatalities"]): string {
  if (!range) return "—";
  return range.max === range.min ? String(range.min) : `${range.min}..${range.max ?? "∞"}`;
}
