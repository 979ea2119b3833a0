import { z } from "zod";
import { IsoDate } from "./article";
import { Span } from "./span";
import { EventType, SubEventType, Weapon } from "./taxonomy";

/** How many: `count` when the text gives one number, `min`/`max` for bounds, nulls for vague amounts. */
export const Count = z.object({
  count: z.number().int().nonnegative().nullable(),
  min: z.number().int().nonnegative().nullable(),
  max: z.number().int().nonnegative().nullable(),
  exact: z.boolean(),
});
export type Count = z.infer<typeof Count>;

export const DatePrecision = z.enum(["day", "week", "month", "year", "unknown"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const EventDate = z.object({
  value: IsoDate.nullable(),
  precision: DatePrecision,
  text: z.string(),
});
export type EventDate = z.infer<typeof EventDate>;

/** Where an argument of an event was found, nearest first. */
export const ArgumentOrigin = z.enum(["clause", "sentence", "previous", "paragraph", "focus", "none"]);
export type ArgumentOrigin = z.infer<typeof ArgumentOrigin>;

export const Event = z.object({
  id: z.string(),
  eventType: EventType,
  subEventType: SubEventType,
  date: EventDate,
  place: z.string().nullable(),
  /** ACLED geo-precision: 1 the named town, 2 near it or a small area, 3 a large region. */
  geoPrecision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  actor1: z.string().nullable(),
  actor2: z.string().nullable(),
  assocActors: z.array(z.string()),
  fatalities: Count.nullable(),
  injured: Count.nullable(),
  captured: Count.nullable(),
  displaced: Count.nullable(),
  /** Materiel destroyed, disabled or seized, by kind (e.g. `tank`, `vehicle`). */
  materiel: z.array(z.object({ kind: z.string(), action: z.string(), count: Count })),
  weapons: z.array(Weapon),
  background: z.boolean(),
  disputed: z.boolean(),
  /** The source that denies or contests the event, when one does. */
  disputedBy: z.string().nullable(),
  attribution: z.string().nullable(),
  trigger: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
  evidence: z.array(Span).min(1),
  origins: z.object({
    place: ArgumentOrigin,
    date: ArgumentOrigin,
    actor1: ArgumentOrigin,
    actor2: ArgumentOrigin,
  }),
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof Event>;

export const FigureKind = z.enum(["killed", "injured", "captured", "displaced", "arrested", "missing"]);
export type FigureKind = z.infer<typeof FigureKind>;

/** An aggregate statistic that belongs to no single event (a campaign total, a yearly toll). */
export const Figure = z.object({
  kind: FigureKind,
  count: z.number().int().nonnegative().nullable(),
  min: z.number().int().nonnegative().nullable(),
  max: z.number().int().nonnegative().nullable(),
  exact: z.boolean(),
  group: z.string().nullable(),
  period: z.string().nullable(),
  evidence: z.array(Span),
});
export type Figure = z.infer<typeof Figure>;
