import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import type { DataDeps } from "../../data/deps";
import { labelEvent } from "../../data/labels";
import { ApiError, problemResponse } from "../../errors";
import { cacheFor } from "../../middleware/cache";
import { placeItem } from "./list";
import { PlaceDetail, SlugParam } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/places/{id}",
  tags: ["Reference"],
  summary: "One place, how many events happened there, and the latest of them",
  middleware: [cacheFor(60)] as const,
  request: { params: SlugParam },
  responses: {
    200: { description: "The place", content: { "application/json": { schema: PlaceDetail } } },
    404: problemResponse("No such place"),
  },
});

export function placeGetRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const place = deps.reference.place(id);
    if (!place) throw new ApiError(404, "not_found", `No place ${id} in the gazetteer; /v1/places lists them.`);
    const store = deps.store;
    const events = store ? (await store.countEvents("type", { place: id })).reduce((sum, row) => sum + row.events, 0) : 0;
    const recent = store ? (await store.listEvents({ place: id }, { limit: 10 })).items : [];
    return c.json({ ...placeItem(deps.reference, place), events, recentEvents: recent.map((event) => labelEvent(deps.reference, event)) }, 200);
  });
}
