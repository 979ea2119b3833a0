import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ACLED_COLUMNS } from "../../acled/columns";
import { acledRow } from "../../acled/row";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { storeFilter } from "../../data/filters";
import { documentedVariant, otherFormats } from "../../data/formats";
import { labelEvent } from "../../data/labels";
import { collectPage } from "../../data/paging";
import { sendText, setPagingHeaders } from "../../data/respond";
import { problemResponse } from "../../errors";
import { toCsv } from "../../formats/csv";
import { eventFeature, featureCollection } from "../../formats/geojson";
import { toJsonLines } from "../../formats/jsonl";
import { negotiateFormat } from "../../formats/negotiate";
import { cacheFor } from "../../middleware/cache";
import { EventPage, type Format, GeoJsonFeatureCollection, ListQuery } from "./schema";

async function eventPage(deps: DataDeps, query: ListQuery) {
  const store = requireStore(deps);
  const filter = storeFilter(query, deps.reference);
  const page = filter
    ? await collectPage((cursor, limit) => store.listEvents(filter, { cursor, limit }), query.cursor, query.limit ?? 50)
    : { items: [], nextCursor: null };
  let total: number | undefined;
  if (query.count) total = filter ? (await store.countEvents("type", filter)).reduce((sum, row) => sum + row.events, 0) : 0;
  return { items: page.items.map((event) => labelEvent(deps.reference, event)), nextCursor: page.nextCursor, total };
}

function render(deps: DataDeps) {
  return async (c: Context<AppEnv>, query: ListQuery, format: Exclude<Format, "json">) => {
    const page = await eventPage(deps, query);
    setPagingHeaders(c, page);
    if (format === "geojson") return sendText(c, format, JSON.stringify(featureCollection(page.items.map(eventFeature))), "events");
    if (format === "csv") return sendText(c, format, toCsv(ACLED_COLUMNS, page.items.map(acledRow)), "events");
    return sendText(c, format, toJsonLines(page.items), "events");
  };
}

function route(deps: DataDeps) {
  return createRoute({
    method: "get",
    path: "/v1/events",
    tags: ["Events"],
    summary: "Events, filtered, in keyset pages; JSON, GeoJSON, ACLED-style CSV or JSON Lines",
    description:
      "Newest first. The format comes from `format=` or the Accept header. The next page's URL is in `Link: <…>; rel=\"next\"` (and `nextCursor` in JSON). CSV columns follow ACLED's export exactly.",
    hide: true,
    middleware: [cacheFor(30), otherFormats(render(deps))] as const,
    request: { query: ListQuery },
    responses: {
      200: { description: "A page of events", content: { "application/json": { schema: EventPage } } },
      400: problemResponse("Unknown parameter, invalid date, bad bbox or cursor"),
      406: problemResponse("No offered format is acceptable"),
      503: problemResponse("No database"),
    },
  });
}

export function eventListRoutes(deps: DataDeps) {
  const typed = route(deps);
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerPath(
    documentedVariant(typed, {
      description: "A page of events",
      content: {
        "application/json": { schema: EventPage },
        "application/geo+json": { schema: GeoJsonFeatureCollection },
        "text/csv": { schema: z.string().openapi({ description: `ACLED columns: ${ACLED_COLUMNS.join(", ")}` }) },
        "application/x-ndjson": { schema: z.string().openapi({ description: "One EventItem per line" }) },
      },
    }),
  );
  return app.openapi(typed, async (c) => {
    const query = c.req.valid("query");
    negotiateFormat(query.format, c.req.header("accept"));
    const page = await eventPage(deps, query);
    setPagingHeaders(c, page);
    return c.json({ items: page.items, nextCursor: page.nextCursor, ...(page.total === undefined ? {} : { total: page.total }) }, 200);
  });
}
