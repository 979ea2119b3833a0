import { createHash } from "node:crypto";
import { keyOf } from "@marsad/extract";
import type { Count, Event, ExtractionResult, Place } from "@marsad/model";
import type { events, figures } from "../db/schema";

export type EventRow = typeof events.$inferInsert;
export type FigureRow = typeof figures.$inferInsert;

/** Where a place sits, as far as the store knows: from the result's own places, else the places table. */
export interface PlaceFacts {
  id: string;
  kind: string;
  lat: number | null;
  lon: number | null;
  path: string[];
  /** The district holding the place, or the place itself when it is a district (events' `admin2`). */
  district: string | null;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function placeFactsOf(place: Pick<Place, "id" | "lat" | "lon" | "admin1" | "admin2" | "admin3"> & { kind: string }): PlaceFacts {
  const path = [place.id, place.admin3, place.admin2, place.admin1].filter((p): p is string => typeof p === "string" && p !== "");
  const district = place.admin2 || (place.kind === "district" ? place.id : null);
  return { id: place.id, kind: place.kind, lat: place.lat, lon: place.lon, path: [...new Set(path)], district };
}

/** The one number a count stands for when sorting or comparing: the exact count, else the upper bound, else the lower. */
export function bestOf(count: Count | null): number | null {
  if (!count) return null;
  return count.count ?? count.max ?? count.min ?? null;
}

/** The text an event is found by: its evidence sentences and the names of its place and actors, normalized. */
export function eventSearchKey(result: ExtractionResult, event: Event): string {
  const body = result.article.body;
  const parts = event.evidence.map((span) => body.slice(span.start, span.end));
  parts.push(event.trigger.text);
  const place = result.places.find((p) => p.id === event.place);
  if (place) parts.push(place.name);
  for (const id of [event.actor1, event.actor2, ...event.assocActors]) {
    const actor = result.actors.find((a) => a.id === id);
    if (actor) parts.push(actor.name);
  }
  return keyOf(parts.join(" "));
}

/** An article's events_key: its events' search keys, each once, so that each is a substring of it. */
export function eventsKeyOf(eventKeys: readonly string[]): string {
  return [...new Set(eventKeys)].join(" ");
}

export interface EventContext {
  articleId: string;
  outletId: string | null;
  fallbackDate: string;
  place: PlaceFacts | null;
}

export function eventRow(result: ExtractionResult, event: Event, ordinal: number, ctx: EventContext): EventRow {
  const actors = [event.actor1, event.actor2, ...event.assocActors].filter((a): a is string => a !== null);
  return {
    articleId: ctx.articleId,
    localId: event.id,
    ordinal,
    eventType: event.eventType,
    subEventType: event.subEventType,
    date: event.date.value,
    datePrecision: event.date.precision,
    dateText: event.date.text,
    sortDate: event.date.value ?? ctx.fallbackDate,
    placeId: event.place,
    geoPrecision: event.geoPrecision,
    lat: ctx.place?.lat ?? null,
    lon: ctx.place?.lon ?? null,
    placePath: ctx.place?.path ?? (event.place ? [event.place] : []),
    admin2: ctx.place?.district ?? null,
    actor1: event.actor1,
    actor2: event.actor2,
    assocActors: event.assocActors,
    actors: [...new Set(actors)],
    fatalities: event.fatalities,
    fatalitiesBest: bestOf(event.fatalities),
    injured: event.injured,
    captured: event.captured,
    displaced: event.displaced,
    materiel: event.materiel,
    weapons: event.weapons,
    background: event.background,
    disputed: event.disputed,
    disputedBy: event.disputedBy,
    attribution: event.attribution,
    trigger: event.trigger,
    evidence: event.evidence,
    origins: event.origins,
    confidence: event.confidence,
    outletId: ctx.outletId,
    searchKey: eventSearchKey(result, event),
  };
}

export function figureRows(result: ExtractionResult, articleId: string): FigureRow[] {
  return result.figures.map((figure, ordinal) => ({
    articleId,
    ordinal,
    kind: figure.kind,
    count: figure.count,
    min: figure.min,
    max: figure.max,
    exact: figure.exact,
    group: figure.group,
    period: figure.period,
    evidence: figure.evidence,
  }));
}

/** The parts of a result kept as one JSON document on the article: everything that has no column of its own. */
export function extractionDocument(result: ExtractionResult): Record<string, unknown> {
  const { body: _body, title: _title, ...article } = result.article;
  return {
    extractor: result.extractor,
    article,
    mentions: result.mentions,
    places: result.places,
    actors: result.actors,
    persons: result.persons,
    sources: result.sources,
    warnings: result.warnings,
  };
}
