import { z } from "@hono/zod-openapi";
import { Event, EventType, SubEventType } from "@marsad/model";
import { CalendarDate } from "../../data/calendar-date";

export const NamedRef = z.object({ id: z.string(), name: z.string(), nameEn: z.string() }).openapi("NamedRef");
export const PlaceLabel = NamedRef.extend({
  kind: z.string(),
  admin1: NamedRef.nullable(),
  admin2: NamedRef.nullable(),
  admin3: NamedRef.nullable(),
}).openapi("PlaceLabel");
export const ActorLabel = NamedRef.extend({ category: z.string() }).openapi("ActorLabel");

export const EventItem = Event.extend({
  id: z.string().openapi({ description: "The store's id of the event." }),
  localId: z.string().openapi({ description: "The extractor's id inside its article (`e1`…)." }),
  articleId: z.string(),
  outlet: z.string().nullable(),
  incidentId: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  labels: z.object({
    place: PlaceLabel.nullable(),
    actor1: ActorLabel.nullable(),
    actor2: ActorLabel.nullable(),
    assocActors: z.array(ActorLabel),
    outlet: NamedRef.nullable(),
  }),
}).meta({ id: "EventItem" });

export const EventPage = z
  .object({
    items: z.array(EventItem),
    nextCursor: z.string().nullable().openapi({ description: "Pass as `cursor` for the next page; null on the last page." }),
    total: z.number().int().optional().openapi({ description: "Events matching the filters, when `count=true`." }),
  })
  .openapi("EventPage");

export const FORMATS = ["json", "geojson", "csv", "jsonl"] as const;
export const Format = z.enum(FORMATS);
export type Format = z.infer<typeof Format>;

/** Ids of places, actors and outlets are slugs: anything else is refused before it reaches a query. */
export const Slug = z.string().regex(/^[\p{L}\p{N}_.:-]{1,100}$/u, "expected an id (letters, digits, _ . : -)");
const flag = z.enum(["true", "false"]).transform((value) => value === "true");

const bbox = z
  .string()
  .transform((value, ctx) => {
    const parts = value.split(",").map((part) => Number(part.trim()));
    const [west, south, east, north] = parts;
    if (parts.length !== 4 || west === undefined || south === undefined || east === undefined || north === undefined || parts.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: "custom", message: "expected west,south,east,north in degrees" });
      return z.NEVER;
    }
    if (west < -180 || east > 180 || south < -90 || north > 90 || west > east || south > north) {
      ctx.addIssue({ code: "custom", message: "the box must lie within ±180/±90 with west ≤ east and south ≤ north" });
      return z.NEVER;
    }
    return [west, south, east, north] as const;
  })
  .openapi({ description: "`west,south,east,north` in degrees (longitude first, as in GeoJSON).", example: "35.9,32.5,36.5,33.0" });

/** The filters of `/v1/events`, `/v1/incidents` and `/v1/stats`. Unknown parameters are refused. */
export const filterFields = {
  from: CalendarDate.optional().openapi({ description: "Earliest event date, YYYY-MM-DD (inclusive)." }),
  to: CalendarDate.optional().openapi({ description: "Latest event date, YYYY-MM-DD (inclusive)." }),
  place: Slug.optional().openapi({ description: "A place id: the place and every place inside it." }),
  admin1: Slug.optional().openapi({ description: "A governorate id." }),
  bbox: bbox.optional(),
  actor: Slug.optional().openapi({ description: "An actor id, in any role." }),
  type: EventType.optional().openapi({ description: "ACLED event type." }),
  subType: SubEventType.optional().openapi({ description: "ACLED sub-event type." }),
  outlet: Slug.optional().openapi({ description: "An outlet id." }),
  q: z.string().min(1).max(200).optional().openapi({ description: "Arabic text search (hamza forms, tā' marbūṭa and diacritics ignored)." }),
  includeBackground: flag.optional().openapi({ description: "Include events mentioned only as past context (default false)." }),
};

const pageFields = {
  cursor: z.string().max(512).optional().openapi({ description: "The `nextCursor` of the previous page (opaque)." }),
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: "Page size, 1–1000 (default 50)." }),
};

export const ListQuery = z
  .strictObject({
    ...filterFields,
    ...pageFields,
    format: Format.optional().openapi({ description: "Overrides the Accept header: json, geojson, csv or jsonl." }),
    count: flag.optional().openapi({ description: "Also return the total number of matches (`total`, `X-Total-Count`)." }),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "`from` must not be after `to`", path: ["from"] });
export type ListQuery = z.infer<typeof ListQuery>;

export const IdParam = z.object({
  id: z.string().regex(/^\d{1,18}$/, "expected a numeric id").openapi({ param: { name: "id", in: "path" }, example: "1" }),
});

export const GeoJsonFeatureCollection = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(
      z.object({
        type: z.literal("Feature"),
        id: z.string(),
        geometry: z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }).nullable(),
        properties: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .openapi("FeatureCollection", { description: "RFC 7946 GeoJSON; coordinates are [longitude, latitude]." });
