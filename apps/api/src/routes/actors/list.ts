import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { type ActorEntry, keyOf } from "@marsad/extract";
import { interCode } from "../../acled/codes";
import type { AppEnv } from "../../context";
import type { DataDeps } from "../../data/deps";
import { listPage } from "../../data/list-page";
import { setPagingHeaders } from "../../data/respond";
import { problemResponse } from "../../errors";
import { cacheFor } from "../../middleware/cache";
import { ActorListQuery, ActorPage } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/actors",
  tags: ["Reference"],
  summary: "Actors of the registry (forces, factions, militias…) with their ACLED category",
  middleware: [cacheFor(300)] as const,
  request: { query: ActorListQuery },
  responses: {
    200: { description: "A page of actors", content: { "application/json": { schema: ActorPage } } },
    400: problemResponse("Unknown parameter or bad cursor"),
  },
});

export function actorItem(actor: ActorEntry) {
  const inter = interCode(actor.category);
  return {
    id: actor.id,
    name: actor.name,
    nameEn: actor.nameEn,
    category: actor.category,
    inter: inter === "" ? null : inter,
    parent: actor.parent,
    side: actor.side,
    aliases: actor.aliases,
  };
}

function matches(actor: ActorEntry, key: string): boolean {
  return [actor.name, ...actor.aliases].some((name) => keyOf(name).includes(key)) || [actor.nameEn, ...actor.aliasesEn].some((name) => name.toLowerCase().includes(key));
}

export function actorListRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, (c) => {
    const query = c.req.valid("query");
    const key = query.q ? keyOf(query.q).toLowerCase() : "";
    const selected = deps.reference.actors().filter((actor) => (!query.category || actor.category === query.category) && (!key || matches(actor, key)));
    const page = listPage(selected, query.cursor, query.limit ?? 100);
    setPagingHeaders(c, { nextCursor: page.nextCursor, total: selected.length });
    return c.json({ items: page.items.map(actorItem), nextCursor: page.nextCursor }, 200);
  });
}
