import { keyOf } from "@marsad/extract";
import { ExtractionResult, Figure, IsoDate } from "@marsad/model";
import { and, asc, desc, eq, gte, lt, lte, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { articles, events, figures } from "../db/schema";
import { StoreError } from "../errors";
import { clampLimit, decodeCursor, type Page, pageOf } from "./cursor";
import { toStoredEvent, type StoredEvent } from "./event-row";
import { likePattern } from "./conditions";
import type { PageRequest } from "./filter";

export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  published: string | null;
  extractorVersion: string;
  ingestedAt: string;
}

export interface StoredArticle extends ArticleSummary {
  body: string;
  raw: string;
  rawFormat: "text" | "html";
  /** The full extraction as the model describes it, rebuilt from the stored rows. */
  result: ExtractionResult;
  /** The stored events with their store ids and incidents. */
  events: StoredEvent[];
}

export const ArticleFilter = z.object({
  outlet: z.string().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  q: z.string().optional(),
});
export type ArticleFilter = z.infer<typeof ArticleFilter>;

type ArticleRecord = typeof articles.$inferSelect;

function toSummary(row: Pick<ArticleRecord, "id" | "url" | "title" | "outletId" | "published" | "extractorVersion" | "ingestedAt">): ArticleSummary {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    outlet: row.outletId,
    published: row.published,
    extractorVersion: row.extractorVersion,
    ingestedAt: row.ingestedAt.toISOString(),
  };
}

/** Articles most recently ingested first. */
export async function listArticles(db: Db, filter: ArticleFilter = {}, page: PageRequest = {}): Promise<Page<ArticleSummary>> {
  const parsed = ArticleFilter.safeParse(filter);
  if (!parsed.success) throw new StoreError("invalid_input", `bad article filter: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const f = parsed.data;
  const limit = clampLimit(page.limit);
  const conditions: SQL[] = [];
  if (f.outlet) conditions.push(eq(articles.outletId, f.outlet));
  if (f.from) conditions.push(gte(articles.published, f.from));
  if (f.to) conditions.push(lte(articles.published, f.to));
  const key = f.q ? keyOf(f.q) : "";
  if (key) conditions.push(sql`${articles.searchKey} like ${likePattern(key)}`);
  const after = decodeCursor(page.cursor);
  if (after) conditions.push(lt(articles.seq, after[1]));
  const rows = await db
    .select({
      id: articles.id,
      url: articles.url,
      title: articles.title,
      outletId: articles.outletId,
      published: articles.published,
      extractorVersion: articles.extractorVersion,
      ingestedAt: articles.ingestedAt,
      seq: articles.seq,
    })
    .from(articles)
    .where(and(...conditions))
    .orderBy(desc(articles.seq))
    .limit(limit + 1);
  return pageOf(rows, limit, (row) => ["", row.seq], toSummary);
}

const Document = z.object({
  extractor: ExtractionResult.shape.extractor,
  article: ExtractionResult.shape.article.omit({ body: true, title: true }),
  mentions: ExtractionResult.shape.mentions,
  places: ExtractionResult.shape.places,
  actors: ExtractionResult.shape.actors,
  persons: ExtractionResult.shape.persons,
  sources: ExtractionResult.shape.sources,
  warnings: ExtractionResult.shape.warnings,
});

export async function getArticle(db: Db, id: string): Promise<StoredArticle | null> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  if (!row) return null;
  const eventRows = await db.select().from(events).where(eq(events.articleId, id)).orderBy(asc(events.ordinal));
  const figureRows = await db.select().from(figures).where(eq(figures.articleId, id)).orderBy(asc(figures.ordinal));
  const doc = Document.parse(row.extraction);
  const stored = eventRows.map(toStoredEvent);
  const result: ExtractionResult = {
    extractor: doc.extractor,
    article: { ...doc.article, title: row.title, body: row.body },
    mentions: doc.mentions,
    places: doc.places,
    actors: doc.actors,
    persons: doc.persons,
    sources: doc.sources,
    events: stored.map(({ id: _id, localId, articleId: _a, outlet: _o, incidentId: _i, lat: _lat, lon: _lon, sortDate: _s, ...event }) => ({ id: localId, ...event })),
    figures: figureRows.map((f) => Figure.parse(f)),
    warnings: doc.warnings,
  };
  return { ...toSummary(row), body: row.body, raw: row.raw, rawFormat: row.rawFormat === "html" ? "html" : "text", result, events: stored };
}
