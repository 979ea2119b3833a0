import { z } from "@hono/zod-openapi";
import { ActorCategory } from "@marsad/model";
import { EventItem } from "../events/schema";

export const ActorItem = z
  .object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string(),
    category: z.string(),
    inter: z.number().int().nullable().openapi({ description: "ACLED inter code of the category (1–8)." }),
    parent: z.string().nullable(),
    side: z.string(),
    aliases: z.array(z.string()),
  })
  .openapi("ActorItem");

export const ActorPage = z.object({ items: z.array(ActorItem), nextCursor: z.string().nullable() }).openapi("ActorPage");
export const ActorDetail = ActorItem.extend({ events: z.number().int(), recentEvents: z.array(EventItem) }).openapi("ActorDetail");

export const ActorListQuery = z.strictObject({
  q: z.string().min(1).max(100).optional().openapi({ description: "Name or alias search, Arabic or English." }),
  category: ActorCategory.optional(),
  cursor: z.string().regex(/^\d{1,9}$/, "expected a cursor from a previous page").optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
