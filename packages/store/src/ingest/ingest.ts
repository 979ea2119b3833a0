import { ExtractionResult } from "@marsad/model";
import { getTableColumns, inArray, sql, type Table } from "drizzle-orm";
import { z } from "zod";
import { type Db, rowsOf } from "../db/client";
import { actors, articles, events, figures, places } from "../db/schema";
import { ChangeLog } from "../changes";
import { StoreError } from "../errors";
import { CandidateRows, candidateSpec, candidatesOf, type ClusterEvent, type ClusterPlan, fileEvents, incidentWindowKeys, planClusters } from "../incidents/cluster";
import { actorParentsOf, type Known, knownOf } from "../known";
import { keyOf } from "@marsad/extract";
import { eventRow, eventsKeyOf, extractionDocument, figureRows, type PlaceFacts, placeFactsOf, sha256 } from "./rows";

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
  /** Replaces the clustering decision before it is written (to make the second statement fail). */
  plan?: (plan: ClusterPlan) => ClusterPlan;
}

/**
 * Stores one article and everything extracted from it in one transaction. The same article (same URL, same
 * cleaned body or same raw input) is stored once, even when two processes ingest it at the same moment: the
 * unique indexes decide, and the loser sees `duplicate`.
 *
 * Two statements per article (plus BEGIN and COMMIT): marsad_store_article writes the article and its figures,
 * locks the incident windows and returns the candidate incidents; clustering is decided here, in memory;
 * marsad_file_events writes the events with their incidents, the incidents and the change feed (migrations
 * 0004, 0006).
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
  const articleId = contentHash.slice(0, 16);
  const cache = knownOf(db);
  const published = result.article.published ?? input.published ?? null;
  const outletId = result.article.outlet?.id ?? input.outlet ?? null;
  // The ingestion time is taken here, not by the server, so undated events' sort date (and so the incident
  // windows to lock) is known before the first statement.
  const ingestedAt = new Date();
  const fallbackDate = published ?? ingestedAt.toISOString().slice(0, 10);
  const outcome: IngestOutcome = await db.transaction(async (tx): Promise<IngestOutcome> => {
    const placeFacts = await placesOf(tx, result);
    const rows = result.events.map((event, ordinal) =>
      eventRow(result, event, ordinal, { articleId, outletId, fallbackDate, place: event.place ? (placeFacts.get(event.place) ?? null) : null }),
    );
    const clusterable = rows.filter((row) => !row.background);
    const outlet = result.article.outlet && !cache.outlets.has(result.article.outlet.id) ? result.article.outlet : null;
    const doc = {
      outlet: outlet ? { id: outlet.id, name: outlet.name, name_en: outlet.nameEn } : null,
      article: columnsOf(articles, {
        id: articleId,
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
        ingestedAt,
        searchKey: keyOf(`${result.article.title} ${result.article.body}`),
        eventsKey: eventsKeyOf(rows.map((row) => row.searchKey)),
      }),
      places: result.places.filter((p) => !cache.places.has(p.id)).map((p) => columnsOf(places, { ...p, parent: null })),
      actors: result.actors.filter((a) => !cache.actors.has(a.id)).map((a) => columnsOf(actors, { ...a, side: null })),
      figures: figureRows(result, articleId).map((row) => columnsOf(figures, row)),
      locks: incidentWindowKeys(clusterable),
      candidates: candidateSpec(clusterable.map((row, i) => clusterFacts(i, row, placeFacts))),
    };
    const [reply] = await rowsOf(tx, sql`select marsad_store_article(${JSON.stringify(doc)}::jsonb) as r`);
    const stored = StoreReply.parse(reply?.r);
    if (stored.status === "duplicate") {
      if (stored.articleId === null) throw new StoreError("invalid_input", "the article conflicted with a stored one that could not be found again");
      return { status: "duplicate", articleId: stored.articleId };
    }
    await hooks.afterEvents?.();
    // The events get their ids when they are written, with their incident: until then the plan calls event i -(i + 1).
    const standIn = (i: number) => -(i + 1);
    const pending = rows.map((row, i) => clusterFacts(standIn(i), row, placeFacts));
    const plan = planClusters(
      pending.filter((e) => !e.background),
      candidatesOf(stored.candidates),
      await actorParentsOf(cache, tx),
    );
    const ids = await fileEvents(
      tx,
      hooks.plan ? hooks.plan(plan) : plan,
      new ChangeLog(),
      rows.map((row, i) => ({ ...columnsOf(events, row), key: standIn(i) })),
    );
    if (ids.length !== rows.length) throw new Error("event rows and ids differ in length");
    return { status: "created", articleId: stored.articleId, events: rows.length };
  });
  if (outcome.status === "created") remember(cache, result);
  return outcome;
}

const StoreReply = z.discriminatedUnion("status", [
  z.object({ status: z.literal("duplicate"), articleId: z.string().nullable() }),
  z.object({ status: z.literal("created"), articleId: z.string(), candidates: CandidateRows }),
]);

/** A row keyed by column names (what jsonb_populate_record reads), from drizzle's property names. */
function columnsOf<T extends Table>(table: T, row: Partial<T["$inferInsert"]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const columns = getTableColumns(table);
  for (const [key, value] of Object.entries(row)) {
    const column = columns[key];
    if (column) out[column.name] = value;
  }
  return out;
}

/** After a commit: the entities the result named are in the tables now. */
export function remember(cache: Known, result: ExtractionResult): void {
  // A new place may be some place's parent: place filters read the places table again.
  if (result.places.some((place) => !cache.places.has(place.id))) cache.placeScope = null;
  for (const place of result.places) cache.places.add(place.id);
  for (const actor of result.actors) cache.actors.add(actor.id);
  if (result.article.outlet) cache.outlets.add(result.article.outlet.id);
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
