import { StoreError } from "../errors";
import type { Store } from "../store";
import { fetchText } from "./fetch";
import type { IngestItem } from "./item";
import { readableItem } from "./collect";

export type ItemOutcome =
  | { origin: string; status: "created"; articleId: string; events: number }
  | { origin: string; status: "duplicate"; articleId: string }
  | { origin: string; status: "error"; code: string; message: string };

/** Fetches the item when it is only a link, extracts and stores it; a failure is an outcome, not an exception. */
export async function processItem(store: Store, item: IngestItem): Promise<ItemOutcome> {
  try {
    let { raw, format, published } = item;
    if (item.fetch || raw === undefined) {
      if (!item.url) return { origin: item.origin, status: "error", code: "no_article", message: "the item has neither text nor a URL" };
      const page = await fetchText(item.url);
      const readable = readableItem(page.body, page.finalUrl, item.origin);
      if (!readable.ok) return { origin: item.origin, status: "error", code: readable.error.code, message: readable.error.message };
      raw = readable.item.raw ?? "";
      format = "html";
      published = published ?? readable.item.published ?? null;
    }
    const outcome = await store.ingestRaw(raw, { format, url: item.url ?? null, published: published ?? null, outlet: item.outlet ?? null });
    return { origin: item.origin, ...outcome };
  } catch (error) {
    const code = error instanceof StoreError ? error.code : typeof error === "object" && error && "code" in error && typeof error.code === "string" ? error.code : "failed";
    return { origin: item.origin, status: "error", code, message: error instanceof Error ? error.message : String(error) };
  }
}
