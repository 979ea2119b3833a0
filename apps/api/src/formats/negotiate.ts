import { ApiError } from "../errors";
import type { Format } from "../routes/events/schema";

export const MEDIA_TYPES: Record<Format, string> = {
  json: "application/json",
  geojson: "application/geo+json",
  csv: "text/csv",
  jsonl: "application/x-ndjson",
};

const BY_MEDIA_TYPE: Record<string, Format> = {
  "application/json": "json",
  "application/geo+json": "geojson",
  "text/csv": "csv",
  "application/x-ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/json-seq": "jsonl",
};

/** `format=` wins; else the Accept header by q-value; JSON when nothing is asked; 406 when nothing offered fits. */
export function negotiateFormat(format: Format | undefined, accept: string | undefined): Format {
  if (format) return format;
  if (!accept || accept.trim() === "") return "json";
  const ranges = accept
    .split(",")
    .map((part, index) => {
      const [type = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { type: type.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    const exact = BY_MEDIA_TYPE[range.type];
    if (exact) return exact;
    if (range.type === "*/*" || range.type === "application/*") return "json";
    if (range.type === "text/*") return "csv";
  }
  throw new ApiError(406, "not_acceptable", `None of "${accept}" is offered: ask for ${Object.values(MEDIA_TYPES).join(", ")}, or pass format=.`);
}
