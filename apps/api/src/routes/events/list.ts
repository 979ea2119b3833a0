import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ACLED_COLUMNS } from "../../acled/columns";
import { acledRow } from "../../acled/row";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { storeFilter } from "../../data/filters";
import { labelEvent } from "../../data/labels";
import { collectPage } from "../../data/paging";
import { sendText, setPagingHeaders } from "../../data/respond";
import { problemResponse } from "../../errors";
import { toCsv } from "../../formats/csv";
import { eventFeature, featureCollection } from "../../formats/geojson";
import { toJsonLines } from "../../formats/jsonl";
import { negotiateFormat } from "../../formats/negotiate";
import { cacheFor } from "../../middleware/cache";
import { EventPage, GeoJsonFeatureCollection, ListQuery } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/events",
  tags: ["Events"],
  summary: "Events, filtered, in keyset pages; JSON, GeoJSON, ACLED-style CSV or JSON Lines",
  description:
    "Newest first. The format comes from `format=` or the Accept header. The next page's URL is in `Link: <…>; rel=\"next\"` (and `nextCursor` in JSON). CSV columns follow ACLED's export exactly.",
  middleware: [cacheFor(30)] as const,
  request: { query: ListQuery },
  responses: {
    200: {
      description: "A page of events",
      content: {
        "application/json": { schema: EventPage },
        "application/geo+json": { schema: GeoJsonFeatureCollection },
        "text/csv": { schema: z.string().openapi({ description: `Columns: ${ACLED_COLUMNS.join(", ")}` }) },
        "application/x-ndjson": { schema: z.string().openapi({ description: "One EventItem per line" }) },
      },
    },
    400: problemResponse("Unknown parameter, invalid date, bad bbox or cursor"),
    406: problemResponse("No offered format is acceptable"),
    503: problemResponse("No database"),
  },
});

export function eventListRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const query = c.req.valid("query");
    const format = negotiateFormat(query.format, c.req.header("accept"));
    const store = requireStore(deps);
    const filter = storeFilter(query, deps.reference);
    const page = filter
      ? await collectPage((cursor, limit) => store.listEvents(filter, { cursor, limit }), query.cursor, query.limit ?? 50)
      : { items: [], nextCursor: null };
    let total: number | undefined;
    if (query.count) total = filter ? (await store.countEvents("type", filter)).reduce((sum, row) => sum + row.events, 0) : 0;
    const items = page.items.map((event) => labelEvent(deps.reference, event));
    setPagingHeaders(c, { nextCursor: page.nextCursor, total });
    if (format === "geojson") return sendText(c, format, JSON.stringify(featureCollection(items.map(eventFeature))), "events");
    if (format === "csv") return sendText(c, format, toCsv(ACLED_COLUMNS, items.map(acledRow)), "events");
    if (format === "jsonl") return sendText(c, format, toJsonLines(items), "events");
    return c.json({ items, nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }, 200);
  });
}
