import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import type { DataDeps } from "../../data/deps";
import { labelEvent } from "../../data/labels";
import { ApiError, problemResponse } from "../../errors";
import { cacheFor } from "../../middleware/cache";
import { SlugParam } from "../places/schema";
import { actorItem } from "./list";
import { ActorDetail } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/actors/{id}",
  tags: ["Reference"],
  summary: "One actor, how many events involve it, and the latest of them",
  middleware: [cacheFor(60)] as const,
  request: { params: SlugParam },
  responses: {
    200: { description: "The actor", content: { "application/json": { schema: ActorDetail } } },
    404: problemResponse("No such actor"),
  },
});

export function actorGetRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const actor = deps.reference.actor(id);
    if (!actor) throw new ApiError(404, "not_found", `No actor ${id} in the registry; /v1/actors lists them.`);
    const store = deps.store;
    const events = store ? (await store.countEvents("type", { actor: id })).reduce((sum, row) => sum + row.events, 0) : 0;
    const recent = store ? (await store.listEvents({ actor: id }, { limit: 10 })).items : [];
    return c.json({ ...actorItem(actor), events, recentEvents: recent.map((event) => labelEvent(deps.reference, event)) }, 200);
  });
}
