import { keyOf } from "@marsad/extract";
import { ExtractionResult } from "@marsad/model";
import { and, asc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { articles, events, figures } from "../db/schema";
import { ChangeLog } from "../changes";
import { StoreError } from "../errors";
import { clusterEvents, lockIncidentWindows } from "../incidents/cluster";
import { refreshIncidents } from "../incidents/refresh";
import { clusterFacts, placesOf, upsertEntities } from "../ingest/ingest";
import { actorParentsOf, knownOf } from "../known";
import { eventRow, extractionDocument, figureRows } from "../ingest/rows";
import { toStoredEvent } from "../queries/event-row";
import { matchEvents } from "./match";

export type ExtractFn = (raw: string, options: { published: string | null; format: "text" | "html" }) => ExtractionResult;

export interface ReextractOptions {
  extract: ExtractFn;
  /** The current extractor version: articles stored with another version are re-extracted. */
  version: string;
  /** Re-extract every article, whatever its version. */
  all?: boolean;
  /** Stop after this many articles. */
  limit?: number;
  /** Re-extract only these articles, whatever their version (an unknown id is reported as failed). */
  articleIds?: string[];
  onArticle?: (change: ArticleChange) => void;
}

export interface ArticleChange {
  articleId: string;
  added: number;
  removed: number;
  modified: number;
  unchanged: number;
  error?: string;
}

export interface ReextractReport {
  articles: number;
  failed: number;
  added: number;
  removed: number;
  modified: number;
  unchanged: number;
  changes: ArticleChange[];
}

const BATCH = 100;

/** Re-runs the extractor over stored articles of an older version, replacing each one's events atomically. */
export async function reextract(db: Db, options: ReextractOptions): Promise<ReextractReport> {
  const report: ReextractReport = { articles: 0, failed: 0, added: 0, removed: 0, modified: 0, unchanged: 0, changes: [] };
  if (options.articleIds) {
    for (const id of options.articleIds) await reextractOne(db, id, options, report);
    return report;
  }
  let after = "";
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  while (report.articles + report.failed < limit) {
    const batch = await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(gt(articles.id, after), options.all ? undefined : ne(articles.extractorVersion, options.version)))
      .orderBy(asc(articles.id))
      .limit(BATCH);
    if (batch.length === 0) break;
    for (const { id } of batch) {
      after = id;
      if (report.articles + report.failed >= limit) break;
      await reextractOne(db, id, options, report);
    }
  }
  return report;
}

async function reextractOne(db: Db, id: string, options: ReextractOptions, report: ReextractReport): Promise<void> {
  let change: ArticleChange;
  try {
    change = await reextractArticle(db, id, options);
    report.articles++;
    report.added += change.added;
    report.removed += change.removed;
    report.modified += change.modified;
    report.unchanged += change.unchanged;
  } catch (error) {
    change = { articleId: id, added: 0, removed: 0, modified: 0, unchanged: 0, error: error instanceof Error ? error.message : String(error) };
    report.failed++;
  }
  report.changes.push(change);
  options.onArticle?.(change);
}

async function reextractArticle(db: Db, id: string, options: ReextractOptions): Promise<ArticleChange> {
  const cache = knownOf(db);
  return db.transaction(async (tx) => {
    const [article] = await tx.select().from(articles).where(eq(articles.id, id)).for("update");
    if (!article) throw new StoreError("not_found", `no article ${id}`);
    const hint = article.publishedFrom === "hint" ? article.published : null;
    const result = ExtractionResult.parse(options.extract(article.raw, { published: hint, format: article.rawFormat === "html" ? "html" : "text" }));
    const published = result.article.published ?? hint;
    const outletId = result.article.outlet?.id ?? article.outletId;
    await tx
      .update(articles)
      .set({
        title: result.article.title,
        body: result.article.body,
        outletId,
        published,
        publishedFrom: result.article.published ? result.article.publishedFrom : hint ? "hint" : null,
        extraction: extractionDocument(result),
        extractorVersion: result.extractor.version,
        extractedAt: sql`now()`,
        searchKey: keyOf(`${result.article.title} ${result.article.body}`),
      })
      .where(eq(articles.id, id));

    const oldRows = await tx.select().from(events).where(eq(events.articleId, id));
    const match = matchEvents(oldRows.map(toStoredEvent), result.events);
    await upsertEntities(tx, result, cache);
    const placeFacts = await placesOf(tx, result);
    const ctx = (place: string | null) => ({
      articleId: id,
      outletId,
      fallbackDate: published ?? article.ingestedAt.toISOString().slice(0, 10),
      place: place ? (placeFacts.get(place) ?? null) : null,
    });
    const touched = new Set<number>();
    for (const old of [...match.removed, ...match.modified.map(([o]) => o)]) if (old.incidentId) touched.add(Number(old.incidentId));

    const removedIds = match.removed.map((e) => Number(e.id));
    if (removedIds.length > 0) await tx.delete(events).where(inArray(events.id, removedIds));
    const recluster: Array<{ id: number; row: ReturnType<typeof eventRow> }> = [];
    for (const [old, fresh] of match.unchanged) {
      const ordinal = result.events.indexOf(fresh);
      await tx.update(events).set({ localId: fresh.id, ordinal, outletId }).where(eq(events.id, Number(old.id)));
    }
    for (const [old, fresh] of match.modified) {
      const row = eventRow(result, fresh, result.events.indexOf(fresh), ctx(fresh.place));
      await tx
        .update(events)
        .set({ ...row, incidentId: null })
        .where(eq(events.id, Number(old.id)));
      recluster.push({ id: Number(old.id), row });
    }
    const addedRows = match.added.map((fresh) => eventRow(result, fresh, result.events.indexOf(fresh), ctx(fresh.place)));
    const inserted = addedRows.length > 0 ? await tx.insert(events).values(addedRows).returning({ id: events.id }) : [];
    inserted.forEach((s, i) => {
      const row = addedRows[i];
      if (row) recluster.push({ id: s.id, row });
    });
    await tx.delete(figures).where(eq(figures.articleId, id));
    const figureValues = figureRows(result, id);
    if (figureValues.length > 0) await tx.insert(figures).values(figureValues);
    // From the stored rows: an unchanged event keeps its key.
    const keys = sql`(select coalesce(string_agg(distinct ${events.searchKey}, ' '), '') from ${events} where ${events.articleId} = ${id})`;
    await tx.update(articles).set({ eventsKey: keys }).where(eq(articles.id, id));

    const log = new ChangeLog();
    for (const e of match.removed) log.add("event", e.id, "retracted");
    for (const [o] of match.modified) log.add("event", o.id, "updated");
    for (const s of inserted) log.add("event", s.id, "created");
    if (touched.size > 0 || recluster.length > 0) {
      const before = [...match.removed, ...match.modified.map(([o]) => o)].map((e) => ({ eventType: e.eventType, sortDate: e.sortDate }));
      await lockIncidentWindows(tx, [...before, ...recluster.map(({ row }) => ({ eventType: row.eventType, sortDate: row.sortDate }))]);
      for (const { id: incidentId, state } of await refreshIncidents(tx, [...touched])) {
        log.add("incident", incidentId, state === "live" ? "updated" : "retracted");
      }
      await clusterEvents(
        tx,
        recluster.map(({ id: eventId, row }) => clusterFacts(eventId, row, placeFacts)),
        log,
        await actorParentsOf(cache, tx),
      );
    }
    await log.flush(tx);
    return {
      articleId: id,
      added: match.added.length,
      removed: match.removed.length,
      modified: match.modified.length,
      unchanged: match.unchanged.length,
    };
  });
}
