import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ACLED_COLUMNS } from "../../acled/columns";
import { acledIncidentRow } from "../../acled/incident-row";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { storeFilter } from "../../data/filters";
import { documentedVariant, otherFormats } from "../../data/formats";
import { labelIncident } from "../../data/incidents";
import { collectPage } from "../../data/paging";
import { sendText, setPagingHeaders } from "../../data/respond";
import { ApiError, problemResponse } from "../../errors";
import { toCsv } from "../../formats/csv";
import { featureCollection, featureOf } from "../../formats/geojson";
import { toJsonLines } from "../../formats/jsonl";
import { negotiateFormat } from "../../formats/negotiate";
import { cacheFor } from "../../middleware/cache";
import { type Format, GeoJsonFeatureCollection, ListQuery } from "../events/schema";
import { IncidentPage } from "./schema";

async function incidentPage(deps: DataDeps, query: ListQuery) {
  if (query.count) {
    throw new ApiError(400, "validation_failed", "count=true is only offered on /v1/events.", {
      errors: [{ path: "query.count", message: "not offered for incidents", code: "unsupported" }],
    });
  }
  const store = requireStore(deps);
  const filter = storeFilter(query, deps.reference);
  const page = filter
    ? await collectPage((cursor, limit) => store.listIncidents(filter, { cursor, limit }), query.cursor, query.limit ?? 50)
    : { items: [], nextCursor: null };
  return { items: page.items.map((incident) => labelIncident(deps.reference, incident)), nextCursor: page.nextCursor };
}

function render(deps: DataDeps) {
  return async (c: Context<AppEnv>, query: ListQuery, format: Exclude<Format, "json">) => {
    const page = await incidentPage(deps, query);
    setPagingHeaders(c, page);
    if (format === "geojson") {
      const features = page.items.map(({ lat, lon, ...properties }) => featureOf(properties.id, lat, lon, properties));
      return sendText(c, format, JSON.stringify(featureCollection(features)), "incidents");
    }
    if (format === "csv") return sendText(c, format, toCsv(ACLED_COLUMNS, page.items.map(acledIncidentRow)), "incidents");
    return sendText(c, format, toJsonLines(page.items), "incidents");
  };
}

function route(deps: DataDeps) {
  return createRoute({
    method: "get",
    path: "/v1/incidents",
    tags: ["Events"],
    summary: "Incidents (one happening told by one or more outlets), filtered, in keyset pages",
    description: "Same filters and formats as `/v1/events`; merged and retracted incidents are left out. `count=true` is not offered here.",
    hide: true,
    middleware: [cacheFor(30), otherFormats(render(deps))] as const,
    request: { query: ListQuery },
    responses: {
      200: { description: "A page of incidents", content: { "application/json": { schema: IncidentPage } } },
      400: problemResponse("Unknown parameter, invalid date, bad bbox or cursor"),
      406: problemResponse("No offered format is acceptable"),
      503: problemResponse("No database"),
    },
  });
}

export function incidentListRoutes(deps: DataDeps) {
  const typed = route(deps);
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerPath(
    documentedVariant(typed, {
      description: "A page of incidents",
      content: {
        "application/json": { schema: IncidentPage },
        "application/geo+json": { schema: GeoJsonFeatureCollection },
        "text/csv": { schema: z.string().openapi({ description: `ACLED columns: ${ACLED_COLUMNS.join(", ")}` }) },
        "application/x-ndjson": { schema: z.string().openapi({ description: "One IncidentItem per line" }) },
      },
    }),
  );
  return app.openapi(typed, async (c) => {
    const query = c.req.valid("query");
    negotiateFormat(query.format, c.req.header("accept"));
    const page = await incidentPage(deps, query);
    setPagingHeaders(c, page);
    return c.json({ items: page.items, nextCursor: page.nextCursor }, 200);
  });
}
