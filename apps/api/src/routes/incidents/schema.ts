import { z } from "@hono/zod-openapi";
import { ActorLabel, EventItem, NamedRef, PlaceLabel } from "../events/schema";

export const IncidentItem = z
  .object({
    id: z.string(),
    eventType: z.string(),
    subEventType: z.string(),
    dateMin: z.string().nullable(),
    dateMax: z.string().nullable(),
    place: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    actors: z.array(z.string()),
    outlets: z.array(z.string()),
    reportCount: z.number().int(),
    fatalities: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
    disputed: z.boolean(),
    retracted: z.boolean(),
    updatedAt: z.string(),
    labels: z.object({ place: PlaceLabel.nullable(), actors: z.array(ActorLabel), outlets: z.array(NamedRef) }),
  })
  .openapi("IncidentItem");

export const IncidentPage = z
  .object({ items: z.array(IncidentItem), nextCursor: z.string().nullable(), total: z.number().int().optional() })
  .openapi("IncidentPage");

export const IncidentDetail = IncidentItem.extend({
  reports: z.array(
    z.object({
      event: EventItem,
      article: z.object({ id: z.string(), title: z.string(), url: z.string().nullable(), published: z.string().nullable() }),
      outlet: z.string().nullable(),
      evidence: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
    }),
  ),
  agreeing: z.array(z.string()).openapi({ description: "Outlets whose reports agree with the most-told value wherever reports differ." }),
  disagreements: z.array(
    z.object({
      field: z.string(),
      values: z.array(
        z.object({
          value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
          outlets: z.array(z.string()),
          events: z.array(z.string()),
        }),
      ),
    }),
  ),
}).openapi("IncidentDetail");
