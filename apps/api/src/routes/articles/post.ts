import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { ingestOne } from "../../data/ingest";
import { ApiError, problemResponse, validationError } from "../../errors";
import { requireKey } from "../../middleware/auth";
import { noStore } from "../../middleware/cache";
import { ArticleInput, IngestReport, type IngestItem } from "./schema";

function route(deps: DataDeps) {
  return createRoute({
    method: "post",
    path: "/v1/articles",
    tags: ["Articles"],
    summary: "Ingest one article, a JSON array of them, or an NDJSON batch",
    description: `Each item is extracted and stored once (same URL or same cleaned text = duplicate). Items are reported one by one as created, duplicate or rejected (with the reason); a bad item never stops the batch. At most ${deps.env.MARSAD_BATCH_LIMIT} items per request.`,
    security: [{ apiKey: [] }],
    middleware: [requireKey(deps.env.MARSAD_API_KEYS), noStore] as const,
    request: {
      body: {
        required: true,
        content: {
          // Validated item by item in the handler, so one bad item is reported instead of failing the batch.
          "application/json": {
            schema: z.unknown().openapi({
              description: "An ArticleInput, or an array of them.",
              oneOf: [{ $ref: "#/components/schemas/ArticleInput" }, { type: "array", items: { $ref: "#/components/schemas/ArticleInput" } }],
            }),
          },
          "application/x-ndjson": { schema: z.string().openapi({ description: "One ArticleInput JSON object per line." }) },
        },
      },
    },
    responses: {
      200: { description: "What happened to each item", content: { "application/json": { schema: IngestReport } } },
      400: problemResponse("Malformed JSON, or a single article that is not valid"),
      401: problemResponse("Missing or invalid API key"),
      413: problemResponse("Body or batch too large"),
      415: problemResponse("Neither JSON nor NDJSON"),
    },
  });
}

/** The batch's items: a JSON object or array, or NDJSON lines (a line that is not JSON is kept as a parse failure). */
async function readItems(type: string, text: string, json: unknown): Promise<Array<{ value: unknown } | { error: string }>> {
  if (type === "application/x-ndjson") {
    return text
      .split("\n")
      .map((line, index) => ({ line: line.trim(), index }))
      .filter(({ line }) => line !== "")
      .map(({ line, index }) => {
        try {
          return { value: JSON.parse(line) };
        } catch {
          return { error: `line ${index + 1}: not valid JSON` };
        }
      });
  }
  return Array.isArray(json) ? json.map((value) => ({ value })) : [{ value: json }];
}

export function articlePostRoutes(deps: DataDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.register("ArticleInput", ArticleInput);
  return app.openapi(route(deps), async (c) => {
    requireStore(deps);
    const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (type !== "application/json" && type !== "application/x-ndjson") {
      throw new ApiError(415, "unsupported_media_type", "Send application/json (an article or an array) or application/x-ndjson.");
    }
    const json: unknown = type === "application/json" ? c.req.valid("json") : null;
    const text = type === "application/x-ndjson" ? await c.req.text() : "";
    if (type === "application/json" && !Array.isArray(json)) {
      const single = ArticleInput.safeParse(json);
      if (!single.success) throw validationError("json", single.error.issues);
    }
    const items = await readItems(type, text, json);
    if (items.length > deps.env.MARSAD_BATCH_LIMIT) {
      throw new ApiError(413, "payload_too_large", `The batch has ${items.length} items; at most ${deps.env.MARSAD_BATCH_LIMIT} are accepted per request.`);
    }
    const report: IngestItem[] = [];
    for (const [index, item] of items.entries()) {
      report.push("error" in item ? { index, status: "rejected", reason: item.error } : await ingestOne(deps, index, item.value, c.var.logger, c.var.requestId));
    }
    const tally = (status: IngestItem["status"]) => report.filter((item) => item.status === status).length;
    return c.json({ created: tally("created"), duplicates: tally("duplicate"), rejected: tally("rejected"), items: report }, 200);
  });
}
