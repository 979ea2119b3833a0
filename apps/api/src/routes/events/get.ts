import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { labelEvent } from "../../data/labels";
import { ApiError, problemResponse } from "../../errors";
import { cacheFor } from "../../middleware/cache";
import { EventItem, IdParam } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/events/{id}",
  tags: ["Events"],
  summary: "One event with its evidence, names and incident",
  middleware: [cacheFor(60)] as const,
  request: { params: IdParam },
  responses: {
    200: { description: "The event", content: { "application/json": { schema: EventItem } } },
    400: problemResponse("The id is not numeric"),
    404: problemResponse("No such event"),
  },
});

export function eventGetRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const event = await requireStore(deps).getEvent(id);
    if (!event) throw new ApiError(404, "not_found", `No event ${id}; it may have been removed by a re-extraction.`);
    return c.json(labelEvent(deps.reference, event), 200);
  });
}
