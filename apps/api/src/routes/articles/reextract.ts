import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { ApiError, problemResponse } from "../../errors";
import { requireKey } from "../../middleware/auth";
import { noStore } from "../../middleware/cache";
import { ArticleIdParam } from "./schema";

export const ArticleChange = z
  .object({
    articleId: z.string(),
    added: z.number().int(),
    removed: z.number().int(),
    modified: z.number().int(),
    unchanged: z.number().int(),
  })
  .openapi("ArticleChange");

function route(deps: DataDeps) {
  return createRoute({
    method: "post",
    path: "/v1/articles/{id}/reextract",
    tags: ["Articles"],
    summary: "Re-run the current extractor over one stored article, replacing its events atomically",
    security: [{ apiKey: [] }],
    middleware: [requireKey(deps.env.MARSAD_API_KEYS), noStore] as const,
    request: { params: ArticleIdParam },
    responses: {
      200: { description: "What changed", content: { "application/json": { schema: ArticleChange } } },
      401: problemResponse("Missing or invalid API key"),
      404: problemResponse("No such article"),
      500: problemResponse("The extractor failed on this article; nothing was changed"),
    },
  });
}

export function articleReextractRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route(deps), async (c) => {
    const { id } = c.req.valid("param");
    const store = requireStore(deps);
    if (!(await store.getArticle(id))) throw new ApiError(404, "not_found", `No article ${id}.`);
    const report = await store.reextract({ articleIds: [id] });
    const change = report.changes[0];
    if (!change || change.error !== undefined) {
      c.var.logger.error("re-extraction failed", { requestId: c.var.requestId, articleId: id, error: change?.error ?? "no report" });
      throw new ApiError(500, "internal_error", `Re-extracting article ${id} failed; its stored events are unchanged (request id ${c.var.requestId}).`);
    }
    const { articleId, added, removed, modified, unchanged } = change;
    return c.json({ articleId, added, removed, modified, unchanged }, 200);
  });
}
