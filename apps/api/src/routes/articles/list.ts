import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { outletLabel } from "../../data/labels";
import { collectPage } from "../../data/paging";
import { setPagingHeaders } from "../../data/respond";
import { problemResponse } from "../../errors";
import { cacheFor } from "../../middleware/cache";
import { ArticleListQuery, ArticlePage } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/articles",
  tags: ["Articles"],
  summary: "Stored articles, most recently ingested first",
  middleware: [cacheFor(30)] as const,
  request: { query: ArticleListQuery },
  responses: {
    200: { description: "A page of articles", content: { "application/json": { schema: ArticlePage } } },
    400: problemResponse("Unknown parameter, invalid date or cursor"),
  },
});

export function articleListRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const { cursor, limit, ...filter } = c.req.valid("query");
    const store = requireStore(deps);
    const page = await collectPage((next, size) => store.listArticles(filter, { cursor: next, limit: size }), cursor, limit ?? 50);
    setPagingHeaders(c, { nextCursor: page.nextCursor });
    const items = page.items.map((article) => ({ ...article, labels: { outlet: outletLabel(deps.reference, article.outlet) } }));
    return c.json({ items, nextCursor: page.nextCursor }, 200);
  });
}
