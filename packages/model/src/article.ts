import { z } from "zod";
import { Span } from "./span";

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const OutletRef = z.object({ id: z.string(), name: z.string(), nameEn: z.string() });
export type OutletRef = z.infer<typeof OutletRef>;

export const RemovedSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  reason: z.string(),
});
export type RemovedSpan = z.infer<typeof RemovedSpan>;

export const Article = z.object({
  /** Stable hash of the cleaned body. */
  id: z.string(),
  title: z.string(),
  outlet: OutletRef.nullable(),
  published: IsoDate.nullable(),
  /** Where `published` came from: the article's own text, or the caller's hint. */
  publishedFrom: z.enum(["text", "hint"]).nullable(),
  body: z.string(),
  paragraphs: z.array(Span),
  sentences: z.array(Span),
  /** Offsets into the raw input of what clean-up dropped, with why. */
  removed: z.array(RemovedSpan),
  /** Photo captions kept out of the body; their text still informs dates. */
  captions: z.array(z.string()),
});
export type Article = z.infer<typeof Article>;
