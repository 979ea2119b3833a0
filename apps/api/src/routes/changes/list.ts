import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { nextLink } from "../../data/paging";
import { problemResponse } from "../../errors";
import { noStore } from "../../middleware/cache";

export const Change = z
  .object({
    seq: z.number().int().openapi({ description: "Monotonically increasing sequence number." }),
    entity: z.enum(["event", "incident"]),
    id: z.string(),
    kind: z.enum(["created", "updated", "merged", "retracted"]),
    data: z.record(z.string(), z.unknown()).nullable().openapi({ description: "For `merged`: `{ into }`." }),
    at: z.string(),
  })
  .openapi("Change");

export const ChangePage = z
  .object({
    items: z.array(Change),
    nextCursor: z.string().openapi({ description: "Always set: poll again with it to get what happened since." }),
  })
  .openapi("ChangePage");

const Query = z.strictObject({
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, "expected a cursor from a previous answer")
    .optional()
    .openapi({ description: "The `nextCursor` of the previous answer; absent to start from the beginning." }),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

const route = createRoute({
  method: "get",
  path: "/v1/changes",
  tags: ["Events"],
  summary: "Change feed: every event or incident created, updated, merged or retracted, in order",
  middleware: [noStore] as const,
  request: { query: Query },
  responses: {
    200: { description: "Changes after the cursor, oldest first", content: { "application/json": { schema: ChangePage } } },
    400: problemResponse("Invalid cursor or limit"),
  },
});

export function changeRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const query = c.req.valid("query");
    const after = Number(query.cursor ?? "0");
    const limit = query.limit ?? 100;
    const items = await requireStore(deps).listChanges({ after, limit });
    const last = items[items.length - 1];
    const nextCursor = String(last ? last.seq : after);
    if (items.length === limit) c.header("Link", nextLink(c.req.url, nextCursor));
    return c.json({ items, nextCursor }, 200);
  });
}
