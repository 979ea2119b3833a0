import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { labelEvent, outletLabel } from "../../data/labels";
import { ApiError, problemResponse } from "../../errors";
import { cacheFor } from "../../middleware/cache";
import { ArticleDetail, ArticleIdParam } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/articles/{id}",
  tags: ["Articles"],
  summary: "One article: cleaned body, mentions, events",
  middleware: [cacheFor(60)] as const,
  request: { params: ArticleIdParam },
  responses: {
    200: { description: "The article", content: { "application/json": { schema: ArticleDetail } } },
    404: problemResponse("No such article"),
  },
});

export function articleGetRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const article = await requireStore(deps).getArticle(id);
    if (!article) throw new ApiError(404, "not_found", `No article ${id}.`);
    const { raw: _raw, events, ...rest } = article;
    return c.json(
      { ...rest, labels: { outlet: outletLabel(deps.reference, article.outlet) }, events: events.map((event) => labelEvent(deps.reference, event)) },
      200,
    );
  });
}
