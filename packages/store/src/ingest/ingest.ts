import { ExtractionResult } from "@marsad/model";
import { eq, inArray, or } from "drizzle-orm";
import type { Db } from "../db/client";
import { actors, articles, events, figures, outlets, places } from "../db/schema";
import { ChangeLog } from "../changes";
import { StoreError } from "../errors";
import { clusterEvents, type ClusterEvent } from "../incidents/cluster";
import { actorParentsOf, type Known, knownOf } from "../known";
import { keyOf } from "@marsad/extract";
import { eventRow, extractionDocument, figureRows, type PlaceFacts, placeFactsOf, sha256 } from "./rows";

export interface IngestInput {
  /** What the extractor returned for `raw`; validated against the model before anything is written. */
  result: ExtractionResult;
  /** The input as received (text or HTML), kept so the article can be re-extracted later. */
  raw: string;
  format: "text" | "html";
  url?: string | null;
  /** Publication date from outside the text (feed, crawl record): used when the text gives none. */
  published?: string | null;
  /** Outlet id from outside the text: used when the extractor recognised none. */
  outlet?: string | null;
}

export type IngestOutcome =
  | { status: "created"; articleId: string; events: number }
  | { status: "duplicate"; articleId: string };

/** Test seam: lets a test fail an ingestion between two writes. */
export interface IngestHooks {
  afterEvents?: () => void | Promise<void>;
}

/**
 * Stores one article and everything extracted from it in one transaction. The same article (same URL, same
 * cleaned body or same raw input) is stored once, even when two processes ingest it at the same moment: the
 * unique indexes decide, and the loser sees `duplicate`.
 */
export async function ingestArticle(db: Db, input: IngestInput, hooks: IngestHooks = {}): Promise<IngestOutcome> {
  const parsed = ExtractionResult.safeParse(input.result);
  if (!parsed.success) {
    throw new StoreError("invalid_result", `the extraction result does not match the model: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  }
  const result = parsed.data;
  // Title and body together: short items (a headline over an empty body) must not all collide.
  const contentHash = sha256(`${result.article.title}\n${result.article.body}`);
  const rawHash = sha256(input.raw);
  const url = input.url?.trim() || null;
  const cache = knownOf(db);
  const outcome: IngestOutcome = await db.transaction(async (tx): Promise<IngestOutcome> => {
    const published = result.article.published ?? input.published ?? null;
    const outletId = result.article.outlet?.id ?? input.outlet ?? null;
    if (result.article.outlet && !cache.outlets.has(result.article.outlet.id)) {
      const { id, name, nameEn } = result.article.outlet;
      await tx.insert(outlets).values({ id, name, nameEn }).onConflictDoNothing();
    }
    const inserted = await tx
      .insert(articles)
      .values({
        id: contentHash.slice(0, 16),
        url,
        contentHash,
        rawHash,
        raw: input.raw,
        rawFormat: input.format,
        outletId,
        title: result.article.title,
        body: result.article.body,
        published,
        publishedFrom: result.article.published ? result.article.publishedFrom : input.published ? "hint" : null,
        extraction: extractionDocument(result),
        extractorVersion: result.extractor.version,
        searchKey: keyOf(`${result.article.title} ${result.article.body}`),
      })
      .onConflictDoNothing()
      .returning({ id: articles.id, ingestedAt: articles.ingestedAt });
    const article = inserted[0];
    if (!article) return { status: "duplicate", articleId: await existingArticleId(tx, url, contentHash, rawHash) };

    const count = await storeExtraction(tx, result, { articleId: article.id, outletId, published, ingestedAt: article.ingestedAt }, cache, hooks);
    return { status: "created", articleId: article.id, events: count };
  });
  if (outcome.status === "created") remember(cache, result);
  return outcome;
}

/** After a commit: the entities the result named are in the tables now. */
export function remember(cache: Known, result: ExtractionResult): void {
  for (const place of result.places) cache.places.add(place.id);
  for (const actor of result.actors) cache.actors.add(actor.id);
  if (result.article.outlet) cache.outlets.add(result.article.outlet.id);
}

export interface ArticleFacts {
  articleId: string;
  outletId: string | null;
  published: string | null;
  ingestedAt: Date;
}

/** Writes the events and figures of a result for a stored article, files the events into incidents. */
export async function storeExtraction(tx: Db, result: ExtractionResult, facts: ArticleFacts, cache: Known, hooks: IngestHooks = {}): Promise<number> {
  await upsertEntities(tx, result, cache);
  const placeFacts = await placesOf(tx, result);
  const fallbackDate = facts.published ?? facts.ingestedAt.toISOString().slice(0, 10);
  const rows = result.events.map((event, ordinal) =>
    eventRow(result, event, ordinal, {
      articleId: facts.articleId,
      outletId: facts.outletId,
      fallbackDate,
      place: event.place ? (placeFacts.get(event.place) ?? null) : null,
    }),
  );
  const stored = rows.length > 0 ? await tx.insert(events).values(rows).returning({ id: events.id }) : [];
  const figureValues = figureRows(result, facts.articleId);
  if (figureValues.length > 0) await tx.insert(figures).values(figureValues);
  await hooks.afterEvents?.();
  const log = new ChangeLog();
  for (const s of stored) log.add("event", s.id, "created");
  const pending: ClusterEvent[] = stored.map((s, i) => {
    const row = rows[i];
    if (!row) throw new Error("event rows and ids differ in length");
    return clusterFacts(s.id, row, placeFacts);
  });
  await clusterEvents(tx, pending, log, await actorParentsOf(cache, tx));
  await log.flush(tx);
  return stored.length;
}

export function clusterFacts(id: number, row: typeof events.$inferInsert, placeFacts: ReadonlyMap<string, PlaceFacts>): ClusterEvent {
  const place = row.placeId ? placeFacts.get(row.placeId) : undefined;
  return {
    id,
    articleId: row.articleId,
    eventType: row.eventType,
    date: row.date ?? row.sortDate,
    statedDate: row.date ?? null,
    sortDate: row.sortDate,
    placeId: row.placeId ?? null,
    placeKind: place?.kind ?? null,
    lat: row.lat ?? null,
    lon: row.lon ?? null,
    placePath: row.placePath,
    actor1: row.actor1 ?? null,
    actor2: row.actor2 ?? null,
    background: row.background,
    subEventType: row.subEventType,
    actors: row.actors,
    outletId: row.outletId ?? null,
    fatalitiesBest: row.fatalitiesBest ?? null,
    disputed: row.disputed,
    searchKey: row.searchKey,
  };
}

/** Places, actors and outlets the result names: lexicon rows win, unknown ones (a user's gazetteer) are added. */
export async function upsertEntities(tx: Db, result: ExtractionResult, cache: Known): Promise<void> {
  const newPlaces = result.places.filter((p) => !cache.places.has(p.id));
  if (newPlaces.length > 0) {
    await tx
      .insert(places)
      .values(newPlaces.map((p) => ({ ...p, parent: null })))
      .onConflictDoNothing();
  }
  const newActors = result.actors.filter((a) => !cache.actors.has(a.id));
  if (newActors.length > 0) {
    await tx
      .insert(actors)
      .values(newActors.map((a) => ({ ...a, side: null })))
      .onConflictDoNothing();
  }
}

/**
 * Coordinates, kind and administrative path of every place the events name: from the result itself (the
 * extractor's place carries them), else from the places table.
 */
export async function placesOf(tx: Db, result: ExtractionResult): Promise<Map<string, PlaceFacts>> {
  const facts = new Map<string, PlaceFacts>();
  const wanted = new Set(result.events.map((e) => e.place).filter((p): p is string => p !== null));
  for (const place of result.places) if (wanted.has(place.id)) facts.set(place.id, placeFactsOf(place));
  const missing = [...wanted].filter((id) => !facts.has(id));
  if (missing.length === 0) return facts;
  for (const row of await tx.select().from(places).where(inArray(places.id, missing))) facts.set(row.id, placeFactsOf(row));
  return facts;
}

async function existingArticleId(tx: Db, url: string | null, contentHash: string, rawHash: string): Promise<string> {
  const conditions = [eq(articles.contentHash, contentHash), eq(articles.rawHash, rawHash)];
  if (url) conditions.push(eq(articles.url, url));
  const [row] = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(or(...conditions))
    .limit(1);
  if (!row) throw new StoreError("invalid_input", "the article conflicted with a stored one that could not be found again");
  return row.id;
}
