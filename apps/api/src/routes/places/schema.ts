import { z } from "@hono/zod-openapi";
import { PlaceKind } from "@marsad/model";
import { EventItem, NamedRef, Slug } from "../events/schema";

export const PlaceItem = z
  .object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string(),
    kind: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    admin1: z.string().nullable(),
    admin2: z.string().nullable(),
    admin3: z.string().nullable(),
    parent: z.string().nullable(),
    variants: z.array(z.string()),
    labels: z.object({ admin1: NamedRef.nullable(), admin2: NamedRef.nullable(), admin3: NamedRef.nullable() }),
  })
  .openapi("PlaceItem");

export const PlacePage = z.object({ items: z.array(PlaceItem), nextCursor: z.string().nullable() }).openapi("PlacePage");
export const PlaceDetail = PlaceItem.extend({
  events: z.number().int().openapi({ description: "Events at this place or inside it." }),
  recentEvents: z.array(EventItem),
}).openapi("PlaceDetail");

export const PlaceListQuery = z.strictObject({
  q: z.string().min(1).max(100).optional().openapi({ description: "Name search, Arabic or English (hamza forms and diacritics ignored)." }),
  kind: PlaceKind.optional(),
  admin1: Slug.optional().openapi({ description: "Only places in this governorate." }),
  cursor: z.string().regex(/^\d{1,9}$/, "expected a cursor from a previous page").optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const SlugParam = z.object({ id: Slug.openapi({ param: { name: "id", in: "path" } }) });
