import { ExtractInputError } from "@marsad/extract";
import { StoreError } from "@marsad/store";
import type { Logger } from "../logger";
import { ArticleInput, type IngestItem } from "../routes/articles/schema";
import { type DataDeps, requireStore } from "./deps";

function issuesText(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.map(String).join(".") || "article"}: ${issue.message}`).join("; ");
}

/** Extracts and stores one batch item; a bad item becomes `rejected` with its reason and never stops the batch. */
export async function ingestOne(deps: DataDeps, index: number, candidate: unknown, logger: Logger, requestId: string): Promise<IngestItem> {
  const store = requireStore(deps);
  const parsed = ArticleInput.safeParse(candidate);
  if (!parsed.success) return { index, status: "rejected", reason: issuesText(parsed.error.issues) };
  const input = parsed.data;
  if (input.outlet && !deps.reference.outlet(input.outlet)) {
    return { index, status: "rejected", reason: `outlet: unknown outlet id "${input.outlet}"` };
  }
  const format = input.html !== undefined ? "html" : "text";
  const raw = input.html ?? input.text ?? "";
  try {
    const result = await deps.extractor.extract(raw, { format, published: input.published ?? null, maxBytes: deps.env.MARSAD_BODY_LIMIT });
    const outcome = await store.ingest({ result, raw, format, url: input.url ?? null, published: input.published ?? null, outlet: input.outlet ?? null });
    return outcome.status === "created"
      ? { index, status: "created", articleId: outcome.articleId, events: outcome.events }
      : { index, status: "duplicate", articleId: outcome.articleId };
  } catch (error) {
    if (error instanceof ExtractInputError || (error instanceof StoreError && error.code === "invalid_input")) {
      return { index, status: "rejected", reason: error.message };
    }
    logger.error("ingestion failed", { requestId, index, error: error instanceof Error ? error.stack : String(error) });
    return { index, status: "rejected", reason: `internal error while storing this article; quote request id ${requestId}` };
  }
}
