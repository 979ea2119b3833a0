import { z } from "@hono/zod-openapi";
import { ExtractionResult } from "@marsad/model";
import { CalendarDate } from "../../data/calendar-date";
import { EventItem, NamedRef, Slug } from "../events/schema";

export const ArticleInput = z
  .strictObject({
    text: z.string().optional().openapi({ description: "The article as plain text." }),
    html: z.string().optional().openapi({ description: "The article as HTML." }),
    url: z.string().url().max(2048).optional().openapi({ description: "Where the article was published; the same URL is stored once." }),
    published: CalendarDate.optional().openapi({ description: "Publication date from outside the text (YYYY-MM-DD)." }),
    outlet: Slug.optional().openapi({ description: "Outlet id (see /v1/meta), used when the text names none." }),
  })
  .refine((body) => (body.text === undefined) !== (body.html === undefined), { message: "give exactly one of `text` or `html`", path: ["text"] })
  .openapi("ArticleInput");
export type ArticleInput = z.infer<typeof ArticleInput>;

export const IngestItem = z
  .object({
    index: z.number().int().openapi({ description: "Position in the batch (0-based; the line number minus one for NDJSON)." }),
    status: z.enum(["created", "duplicate", "rejected"]),
    articleId: z.string().optional(),
    events: z.number().int().optional().openapi({ description: "Events stored, for `created`." }),
    reason: z.string().optional().openapi({ description: "Why the item was rejected." }),
  })
  .openapi("IngestItem");
export type IngestItem = z.infer<typeof IngestItem>;

export const IngestReport = z
  .object({ created: z.number().int(), duplicates: z.number().int(), rejected: z.number().int(), items: z.array(IngestItem) })
  .openapi("IngestReport");

export const ArticleSummary = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    title: z.string(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    extractorVersion: z.string(),
    ingestedAt: z.string(),
    labels: z.object({ outlet: NamedRef.nullable() }),
  })
  .openapi("ArticleSummary");

export const ArticlePage = z.object({ items: z.array(ArticleSummary), nextCursor: z.string().nullable() }).openapi("ArticlePage");

export const ArticleDetail = ArticleSummary.extend({
  body: z.string(),
  rawFormat: z.enum(["text", "html"]),
  result: ExtractionResult.describe("The extraction as the model describes it (mentions, places, actors, figures…)."),
  events: z.array(EventItem),
}).openapi("ArticleDetail");

export const ArticleIdParam = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,128}$/, "expected an article id")
    .openapi({ param: { name: "id", in: "path" } }),
});

export const ArticleListQuery = z
  .strictObject({
    outlet: Slug.optional(),
    from: CalendarDate.optional().openapi({ description: "Earliest publication date." }),
    to: CalendarDate.optional().openapi({ description: "Latest publication date." }),
    q: z.string().min(1).max(200).optional().openapi({ description: "Arabic text search in title and body." }),
    cursor: z.string().max(512).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "`from` must not be after `to`", path: ["from"] });
