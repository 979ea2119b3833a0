import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { keyOf, type PlaceEntry } from "@marsad/extract";
import type { AppEnv } from "../../context";
import type { DataDeps } from "../../data/deps";
import { listPage } from "../../data/list-page";
import type { Reference } from "../../data/reference";
import { setPagingHeaders } from "../../data/respond";
import { problemResponse } from "../../errors";
import { cacheFor } from "../../middleware/cache";
import { PlaceListQuery, PlacePage } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/places",
  tags: ["Reference"],
  summary: "Places of the gazetteer (governorates, districts, towns, villages…) with coordinates",
  middleware: [cacheFor(300)] as const,
  request: { query: PlaceListQuery },
  responses: {
    200: { description: "A page of places", content: { "application/json": { schema: PlacePage } } },
    400: problemResponse("Unknown parameter or bad cursor"),
  },
});

export function placeItem(reference: Reference, place: PlaceEntry) {
  const named = (id: string | null) => {
    const entry = reference.place(id);
    return entry ? { id: entry.id, name: entry.name, nameEn: entry.nameEn } : null;
  };
  return {
    id: place.id,
    name: place.name,
    nameEn: place.nameEn,
    kind: place.kind,
    lat: place.lat,
    lon: place.lon,
    admin1: place.admin1,
    admin2: place.admin2,
    admin3: place.admin3,
    parent: place.parent,
    variants: place.variants,
    labels: { admin1: named(place.admin1), admin2: named(place.admin2), admin3: named(place.admin3) },
  };
}

function matches(place: PlaceEntry, key: string): boolean {
  return [place.name, ...place.variants].some((name) => keyOf(name).includes(key)) || [place.nameEn, ...place.variantsEn].some((name) => name.toLowerCase().includes(key));
}

export function placeListRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, (c) => {
    const query = c.req.valid("query");
    const key = query.q ? keyOf(query.q).toLowerCase() : "";
    const selected = deps.reference
      .places()
      .filter((place) => (!query.kind || place.kind === query.kind) && (!query.admin1 || place.admin1 === query.admin1 || place.id === query.admin1) && (!key || matches(place, key)));
    const page = listPage(selected, query.cursor, query.limit ?? 100);
    setPagingHeaders(c, { nextCursor: page.nextCursor, total: selected.length });
    return c.json({ items: page.items.map((place) => placeItem(deps.reference, place)), nextCursor: page.nextCursor }, 200);
  });
}
