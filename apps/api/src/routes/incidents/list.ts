import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ACLED_COLUMNS } from "../../acled/columns";
import { acledIncidentRow } from "../../acled/incident-row";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { storeFilter } from "../../data/filters";
import { labelIncident } from "../../data/incidents";
import { collectPage } from "../../data/paging";
import { sendText, setPagingHeaders } from "../../data/respond";
import { ApiError, problemResponse } from "../../errors";
import { toCsv } from "../../formats/csv";
import { featureCollection, featureOf } from "../../formats/geojson";
import { toJsonLines } from "../../formats/jsonl";
import { negotiateFormat } from "../../formats/negotiate";
import { cacheFor } from "../../middleware/cache";
import { GeoJsonFeatureCollection, ListQuery } from "../events/schema";
import { IncidentPage } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/incidents",
  tags: ["Events"],
  summary: "Incidents (one happening told by one or more outlets), filtered, in keyset pages",
  description: "Same filters and formats as `/v1/events`; merged and retracted incidents are left out. `count=true` is not offered here.",
  middleware: [cacheFor(30)] as const,
  request: { query: ListQuery },
  responses: {
    200: {
      description: "A page of incidents",
      content: {
        "application/json": { schema: IncidentPage },
        "application/geo+json": { schema: GeoJsonFeatureCollection },
        "text/csv": { schema: z.string() },
        "application/x-ndjson": { schema: z.string() },
      },
    },
    400: problemResponse("Unknown parameter, invalid date, bad bbox or cursor"),
    406: problemResponse("No offered format is acceptable"),
    503: problemResponse("No database"),
  },
});

export function incidentListRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const query = c.req.valid("query");
    if (query.count) {
      throw new ApiError(400, "validation_failed", "count=true is only offered on /v1/events.", {
        errors: [{ path: "query.count", message: "not offered for incidents", code: "unsupported" }],
      });
    }
    const format = negotiateFormat(query.format, c.req.header("accept"));
    const store = requireStore(deps);
    const filter = storeFilter(query, deps.reference);
    const page = filter
      ? await collectPage((cursor, limit) => store.listIncidents(filter, { cursor, limit }), query.cursor, query.limit ?? 50)
      : { items: [], nextCursor: null };
    const items = page.items.map((incident) => labelIncident(deps.reference, incident));
    setPagingHeaders(c, { nextCursor: page.nextCursor });
    if (format === "geojson") {
      const features = items.map(({ lat, lon, ...properties }) => featureOf(properties.id, lat, lon, properties));
      return sendText(c, format, JSON.stringify(featureCollection(features)), "incidents");
    }
    if (format === "csv") return sendText(c, format, toCsv(ACLED_COLUMNS, items.map(acledIncidentRow)), "incidents");
    if (format === "jsonl") return sendText(c, format, toJsonLines(items), "incidents");
    return c.json({ items, nextCursor: page.nextCursor }, 200);
  });
}
