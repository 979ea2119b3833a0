import type { Context } from "hono";
import { MEDIA_TYPES } from "../formats/negotiate";
import { nextLink } from "./paging";
import type { Format } from "../routes/events/schema";

export interface PageMeta {
  nextCursor: string | null;
  total?: number | undefined;
}

/** Paging headers shared by every format: `Link: rel="next"` and, when counted, `X-Total-Count`. */
export function setPagingHeaders(c: Context, meta: PageMeta): void {
  if (meta.nextCursor !== null) c.header("Link", nextLink(c.req.url, meta.nextCursor));
  if (meta.total !== undefined) c.header("X-Total-Count", String(meta.total));
}

/** A non-JSON representation of a page (GeoJSON, CSV, JSON Lines), with its media type. */
export function sendText(c: Context, format: Exclude<Format, "json">, body: string, filename: string) {
  const type = format === "csv" ? `${MEDIA_TYPES.csv}; charset=utf-8; header=present` : `${MEDIA_TYPES[format]}; charset=utf-8`;
  const headers: Record<string, string> = { "Content-Type": type };
  if (format === "csv") headers["Content-Disposition"] = `inline; filename="${filename}.csv"`;
  return c.body(body, 200, headers);
}
