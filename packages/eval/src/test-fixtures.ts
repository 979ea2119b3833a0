/** Builders of hand-made gold files and predictions for the tests (not part of the public API). */
import type { Actor, Event, ExtractionResult, Figure, Mention, Place, Source } from "@marsad/model";
import { GoldFile } from "./gold-schema";

export const TAFAS = { name: "طفس", aliases: ["Tafas"], lat: 32.73564, lon: 36.06694, required: true };
export const DARAA = { name: "درعا", aliases: ["Daraa"], lat: 32.61889, lon: 36.10213, required: true };
export const REGIME = ["قوات النظام", "قوات الأسد", "Syrian regime forces"];
export const LOCALS = ["المقاتلين المحليين", "Local fighters"];

/** A gold file; `expect` fields not given are empty. Parsed with the real schema, so defaults apply. */
export function goldOf(expect: Record<string, unknown> = {}, hint: string | null = null): GoldFile {
  return GoldFile.parse({
    article: "a.txt",
    hint: { published: hint },
    expect: {
      title: "عنوان",
      outlet: null,
      published: null,
      places: [],
      actors: [],
      persons: [],
      weapons: [],
      sources: [],
      events: [],
      ...expect,
    },
  });
}

export function goldEvent(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventType: "Battles",
    subEventType: ["Armed clash"],
    place: ["طفس"],
    date: null,
    actor1: null,
    actor2: null,
    fatalities: null,
    captured: null,
    weapons: [],
    required: true,
    note: "a gold note",
    ...fields,
  };
}

export function place(id: string, name: string, nameEn: string, lat: number | null = null, lon: number | null = null): Place {
  return { id, name, nameEn, kind: "town", lat, lon, admin1: null, admin2: null, admin3: null };
}

export function actor(id: string, name: string, nameEn: string): Actor {
  return { id, name, nameEn, category: "state_forces", parent: null };
}

export function source(id: string, name: string, nameEn: string): Source {
  return { id, name, nameEn };
}

export function count(value: number | null, min: number | null = value, max: number | null = value) {
  return { count: value, min, max, exact: value !== null };
}

export function event(fields: Partial<Event> = {}): Event {
  return {
    id: "e1",
    eventType: "Battles",
    subEventType: "Armed clash",
    date: { value: null, precision: "unknown", text: "" },
    place: null,
    geoPrecision: 1,
    actor1: null,
    actor2: null,
    assocActors: [],
    fatalities: null,
    injured: null,
    captured: null,
    displaced: null,
    materiel: [],
    weapons: [],
    background: false,
    disputed: false,
    disputedBy: null,
    attribution: null,
    trigger: { text: "", start: 0, end: 0 },
    evidence: [{ start: 0, end: 0 }],
    origins: { place: "sentence", date: "none", actor1: "none", actor2: "none" },
    confidence: 0.5,
    ...fields,
  };
}

export function figure(kind: Figure["kind"], min: number | null, max: number | null = null): Figure {
  return { kind, count: null, min, max, exact: false, group: null, period: null, evidence: [] };
}

export interface PredictionParts {
  title?: string;
  outlet?: ExtractionResult["article"]["outlet"];
  published?: string | null;
  publishedFrom?: "text" | "hint" | null;
  body?: string;
  mentions?: Mention[];
  places?: Place[];
  actors?: Actor[];
  persons?: ExtractionResult["persons"];
  sources?: Source[];
  events?: Event[];
  figures?: Figure[];
}

export function prediction(parts: PredictionParts = {}): ExtractionResult {
  const body = parts.body ?? "";
  return {
    extractor: { name: "test", version: "0" },
    article: {
      id: "x",
      title: parts.title ?? "عنوان",
      outlet: parts.outlet ?? null,
      published: parts.published ?? null,
      publishedFrom: parts.publishedFrom ?? (parts.published ? "text" : null),
      body,
      paragraphs: [{ start: 0, end: body.length }],
      sentences: [{ start: 0, end: body.length }],
      removed: [],
      captions: [],
    },
    mentions: parts.mentions ?? [],
    places: parts.places ?? [],
    actors: parts.actors ?? [],
    persons: parts.persons ?? [],
    sources: parts.sources ?? [],
    events: parts.events ?? [],
    figures: parts.figures ?? [],
    warnings: [],
  };
}
