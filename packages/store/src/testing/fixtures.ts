import type { ActorEntry, OutletEntry, PlaceEntry } from "@marsad/extract";
import { type Event, ExtractionResult } from "@marsad/model";
import type { LexiconTables } from "../lexicons";
import { sha256 } from "../ingest/rows";

function place(id: string, name: string, kind: PlaceEntry["kind"], lat: number | null, lon: number | null, admin: [string | null, string | null, string | null]): PlaceEntry {
  const [admin1, admin2, admin3] = admin;
  return { id, name, nameEn: id, kind, lat, lon, admin1, admin2, admin3, parent: admin3 ?? admin2 ?? admin1, variants: [], variantsEn: [] };
}

/** A small southern-Syria gazetteer: Tafas's farms lie 2.3 km from the town, Muzayrib 5.1 km, Nawa 17 km. */
export const PLACES: PlaceEntry[] = [
  place("daraa-gov", "درعا", "governorate", 32.62, 36.1, [null, null, null]),
  place("daraa-dist", "منطقة درعا", "district", 32.62, 36.1, ["daraa-gov", null, null]),
  place("muzayrib-sub", "ناحية المزيريب", "subdistrict", 32.71, 36.03, ["daraa-gov", "daraa-dist", null]),
  place("tafas", "طفس", "town", 32.7386, 36.0697, ["daraa-gov", "daraa-dist", "muzayrib-sub"]),
  place("muzayrib", "المزيريب", "town", 32.7108, 36.0264, ["daraa-gov", "daraa-dist", "muzayrib-sub"]),
  place("tafas-farms", "مزارع طفس", "landmark", 32.72, 36.08, ["daraa-gov", "daraa-dist", "muzayrib-sub"]),
  place("nawa", "نوى", "city", 32.8886, 36.0428, ["daraa-gov", "daraa-dist", null]),
];

function actor(id: string, name: string, category: ActorEntry["category"], parent: string | null, side: ActorEntry["side"]): ActorEntry {
  return { id, name, nameEn: id, category, parent, side, aliases: [], aliasesEn: [] };
}

export const ACTORS: ActorEntry[] = [
  actor("regime-forces", "قوات الأسد", "state_forces", null, "regime"),
  actor("fourth-division", "الفرقة الرابعة", "state_forces", "regime-forces", "regime"),
  actor("local-fighters", "مقاتلون محليون", "rebel_group", null, "opposition"),
  actor("islamic-state", "تنظيم الدولة", "rebel_group", null, "islamic_state"),
];

export const OUTLETS: OutletEntry[] = [
  { id: "syria-tv", name: "تلفزيون سوريا", nameEn: "Syria TV", kind: "tv", aliases: [], aliasesEn: [] },
  { id: "orient", name: "أورينت", nameEn: "Orient News", kind: "outlet", aliases: [], aliasesEn: [] },
  { id: "enab", name: "عنب بلدي", nameEn: "Enab Baladi", kind: "newspaper", aliases: [], aliasesEn: [] },
];

export const LEXICONS: LexiconTables = {
  places: new Map(PLACES.map((p) => [p.id, p])),
  actors: new Map(ACTORS.map((a) => [a.id, a])),
  outlets: new Map(OUTLETS.map((o) => [o.id, o])),
};

export interface EventSpec {
  subEventType?: Event["subEventType"];
  eventType?: Event["eventType"];
  date?: string | null;
  place?: string | null;
  actor1?: string | null;
  actor2?: string | null;
  assocActors?: string[];
  fatalities?: number | null;
  disputed?: boolean;
  background?: boolean;
}

export interface ResultSpec {
  body: string;
  title?: string;
  outlet?: string | null;
  published?: string | null;
  events?: EventSpec[];
  version?: string;
}

/** A valid `ExtractionResult` built by hand, so store tests do not depend on today's extractor recall. */
export function makeResult(spec: ResultSpec): ExtractionResult {
  const body = spec.body;
  const outlet = spec.outlet ? OUTLETS.find((o) => o.id === spec.outlet) : undefined;
  const whole = { start: 0, end: body.length };
  const events: Event[] = (spec.events ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    eventType: e.eventType ?? "Battles",
    subEventType: e.subEventType ?? "Armed clash",
    date: { value: e.date ?? null, precision: e.date ? "day" : "unknown", text: e.date ?? "" },
    place: e.place ?? null,
    geoPrecision: 1,
    actor1: e.actor1 ?? null,
    actor2: e.actor2 ?? null,
    assocActors: e.assocActors ?? [],
    fatalities: e.fatalities == null ? null : { count: e.fatalities, min: null, max: null, exact: true },
    injured: null,
    captured: null,
    displaced: null,
    materiel: [],
    weapons: [],
    background: e.background ?? false,
    disputed: e.disputed ?? false,
    disputedBy: null,
    attribution: null,
    trigger: { text: body.slice(0, 4), start: 0, end: Math.min(4, body.length) },
    evidence: [whole],
    origins: { place: "sentence", date: "sentence", actor1: "clause", actor2: "none" },
    confidence: 0.75,
  }));
  const usedPlaces = new Set(events.map((e) => e.place).filter((p): p is string => p !== null));
  const usedActors = new Set(events.flatMap((e) => [e.actor1, e.actor2, ...e.assocActors]).filter((a): a is string => a !== null));
  return ExtractionResult.parse({
    extractor: { name: "marsad", version: spec.version ?? "0.1.0" },
    article: {
      id: sha256(body).slice(0, 16),
      title: spec.title ?? body.split("\n")[0] ?? "",
      outlet: outlet ? { id: outlet.id, name: outlet.name, nameEn: outlet.nameEn } : null,
      published: spec.published ?? null,
      publishedFrom: spec.published ? "text" : null,
      body,
      paragraphs: [whole],
      sentences: [whole],
      removed: [],
      captions: [],
    },
    mentions: [],
    places: PLACES.filter((p) => usedPlaces.has(p.id)).map(({ id, name, nameEn, kind, lat, lon, admin1, admin2, admin3 }) => ({
      id,
      name,
      nameEn,
      kind,
      lat,
      lon,
      admin1,
      admin2,
      admin3,
    })),
    actors: ACTORS.filter((a) => usedActors.has(a.id)).map(({ id, name, nameEn, category, parent }) => ({ id, name, nameEn, category, parent })),
    persons: [],
    sources: [],
    events,
    figures: [],
    warnings: [],
  });
}

/** The raw input a hand-made result stands for. */
export function rawOf(result: ExtractionResult): string {
  return `${result.article.title}\n\n${result.article.body}`;
}

/** The id the store gives the article of a result: a hash of its title and body. */
export function articleIdOf(result: ExtractionResult): string {
  return sha256(`${result.article.title}\n${result.article.body}`).slice(0, 16);
}
