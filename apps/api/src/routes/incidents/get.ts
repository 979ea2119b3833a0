import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { labelIncidentDetail } from "../../data/incidents";
import { ApiError, problemResponse } from "../../errors";
import { cacheFor } from "../../middleware/cache";
import { IdParam } from "../events/schema";
import { IncidentDetail } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/incidents/{id}",
  tags: ["Events"],
  summary: "One incident: every report, the outlets that agree, and where reports disagree",
  middleware: [cacheFor(30)] as const,
  request: { params: IdParam },
  responses: {
    200: { description: "The incident", content: { "application/json": { schema: IncidentDetail } } },
    400: problemResponse("The id is not numeric"),
    404: problemResponse("No such incident"),
    410: problemResponse("The incident was merged into another: `mergedInto` names it, `Link: rel=\"alternate\"` points at it"),
  },
});

export function incidentGetRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const lookup = await requireStore(deps).getIncident(id);
    if (lookup.status === "redirect") {
      throw new ApiError(410, "gone", `Incident ${id} was merged into incident ${lookup.to}.`, {
        mergedInto: lookup.to,
        headers: { Link: `</v1/incidents/${lookup.to}>; rel="alternate"` },
      });
    }
    if (lookup.status === "not_found") throw new ApiError(404, "not_found", `No incident ${id}.`);
    return c.json(labelIncidentDetail(deps.reference, lookup.incident), 200);
  });
}
