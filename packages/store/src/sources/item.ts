import { IsoDate } from "@marsad/model";
import { z } from "zod";

/** One article to ingest, as found in a file, a feed or at a URL. */
export const IngestItem = z.object({
  /** Where it came from, for progress and error reports (`file.jsonl:12`, a URL). */
  origin: z.string(),
  /** The article text or HTML; absent when `fetch` is set and the page is to be fetched by the worker. */
  raw: z.string().optional(),
  format: z.enum(["text", "html"]),
  url: z.string().nullable().optional(),
  published: IsoDate.nullable().optional(),
  outlet: z.string().nullable().optional(),
  /** Fetch `url` and take the main text with a readability library before extraction. */
  fetch: z.boolean().optional(),
});
export type IngestItem = z.infer<typeof IngestItem>;

/** A bad input: reported with its reason and skipped, never aborting the batch. */
export interface ItemError {
  origin: string;
  code: "unreadable" | "bad_line" | "bad_feed" | "fetch_failed" | "no_article" | "unsupported";
  message: string;
}

export type Collected = { ok: true; item: IngestItem } | { ok: false; error: ItemError };

/** A JSON Lines record: `{text|html, url?, published?, outlet?}`. */
export const JsonlRecord = z
  .object({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    url: z.string().optional(),
    published: z.string().optional(),
    outlet: z.string().optional(),
  })
  .refine((r) => (r.text === undefined) !== (r.html === undefined), { message: "give exactly one of text or html" });

const DAMASCUS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Damascus", year: "numeric", month: "2-digit", day: "2-digit" });

/** A feed's or record's date as the day it was in Damascus; null when unreadable. */
export function damascusDay(value: string | undefined | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  return DAMASCUS_DAY.format(new Date(time));
}
