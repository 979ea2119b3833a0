import {
  ArgumentOrigin,
  Count,
  DatePrecision,
  EventType,
  type EventTypeName,
  Span,
  SubEventType,
  type SubEventTypeName,
  Weapon,
  type WeaponName,
} from "@marsad/model";
import { z } from "zod";
import type { events } from "../db/schema";

type EventRecord = typeof events.$inferSelect;

const Materiel = z.array(z.object({ kind: z.string(), action: z.string(), count: Count }));
const Trigger = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });
const Origins = z.object({ place: ArgumentOrigin, date: ArgumentOrigin, actor1: ArgumentOrigin, actor2: ArgumentOrigin });
const GeoPrecision = z.union([z.literal(1), z.literal(2), z.literal(3)]);
// Built once: zod 4 compiles a schema when it is built, so `z.array(…)` inside the row mapper cost ~4 ms per page.
const OptionalCount = Count.nullable();
const Weapons = z.array(Weapon);
const Spans = z.array(Span);

/** An event as stored: the model's fields plus where it lives (article, outlet, incident, coordinates). */
export interface StoredEvent {
  /** The store's id of the event (stable across re-extraction while the event is recognised as the same). */
  id: string;
  /** The extractor's id inside its article (`e1`…). */
  localId: string;
  articleId: string;
  outlet: string | null;
  incidentId: string | null;
  eventType: EventTypeName;
  subEventType: SubEventTypeName;
  date: { value: string | null; precision: DatePrecision; text: string };
  /** The date events are ordered and filtered by: the event's date, else its article's publication date. */
  sortDate: string;
  place: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: 1 | 2 | 3;
  actor1: string | null;
  actor2: string | null;
  assocActors: string[];
  fatalities: Count | null;
  injured: Count | null;
  captured: Count | null;
  displaced: Count | null;
  materiel: z.infer<typeof Materiel>;
  weapons: WeaponName[];
  background: boolean;
  disputed: boolean;
  disputedBy: string | null;
  attribution: string | null;
  trigger: z.infer<typeof Trigger>;
  evidence: Span[];
  origins: z.infer<typeof Origins>;
  confidence: number;
}

/** Rows come back from the database: JSON columns are parsed with the model's schemas, not cast. */
export function toStoredEvent(row: EventRecord): StoredEvent {
  return {
    id: String(row.id),
    localId: row.localId,
    articleId: row.articleId,
    outlet: row.outletId,
    incidentId: row.incidentId === null ? null : String(row.incidentId),
    eventType: EventType.parse(row.eventType),
    subEventType: SubEventType.parse(row.subEventType),
    date: { value: row.date, precision: DatePrecision.parse(row.datePrecision), text: row.dateText },
    sortDate: row.sortDate,
    place: row.placeId,
    lat: row.lat,
    lon: row.lon,
    geoPrecision: GeoPrecision.parse(row.geoPrecision),
    actor1: row.actor1,
    actor2: row.actor2,
    assocActors: row.assocActors,
    fatalities: OptionalCount.parse(row.fatalities),
    injured: OptionalCount.parse(row.injured),
    captured: OptionalCount.parse(row.captured),
    displaced: OptionalCount.parse(row.displaced),
    materiel: Materiel.parse(row.materiel),
    weapons: Weapons.parse(row.weapons),
    background: row.background,
    disputed: row.disputed,
    disputedBy: row.disputedBy,
    attribution: row.attribution,
    trigger: Trigger.parse(row.trigger),
    evidence: Spans.parse(row.evidence),
    origins: Origins.parse(row.origins),
    confidence: row.confidence,
  };
}
