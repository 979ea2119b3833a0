import { defaultLexicons, EXTRACTOR_VERSION, extract } from "@marsad/extract";
import type { ExtractionResult } from "@marsad/model";
import { type Change, latestChangeSeq, listChanges } from "./changes";
import { type Connection, connect, type Db, type SqlRunner } from "./db/client";
import { resolveDataDir, type StoreConfig, storeConfigFromEnv } from "./env";
import { StoreError } from "./errors";
import { type IngestInput, type IngestOutcome, ingestArticle } from "./ingest/ingest";
import { type LexiconTables, syncLexicons } from "./lexicons";
import { type ArticleFilter, type ArticleSummary, getArticle, listArticles, type StoredArticle } from "./queries/articles";
import type { Page } from "./queries/cursor";
import type { StoredEvent } from "./queries/event-row";
import { getEvent, listEvents } from "./queries/events";
import type { EventFilter, PageRequest } from "./queries/filter";
import { getIncident, type IncidentLookup, type IncidentSummary, listIncidents } from "./queries/incidents";
import { type CountBy, type CountRow, countEvents, type StoreStats, stats } from "./queries/stats";
import { type ExtractFn, type ReextractOptions, type ReextractReport, reextract } from "./reextract/reextract";

export interface Store {
  readonly kind: "pglite" | "postgres";
  /** The drizzle database, for callers that need a query the store does not offer. */
  readonly db: Db;
  /** Raw SQL over the same connection(s) (the job queue uses it). */
  readonly sql: SqlRunner;
  /** The PostgreSQL URL when on a server, null when embedded. */
  readonly url: string | null;
  ingest(input: IngestInput): Promise<IngestOutcome>;
  /** Extracts then ingests one raw article. */
  ingestRaw(raw: string, meta?: RawMeta): Promise<IngestOutcome>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(filter?: ArticleFilter, page?: PageRequest): Promise<Page<ArticleSummary>>;
  getEvent(id: string): Promise<StoredEvent | null>;
  listEvents(filter?: EventFilter, page?: PageRequest): Promise<Page<StoredEvent>>;
  countEvents(by: CountBy, filter?: EventFilter): Promise<CountRow[]>;
  getIncident(id: string): Promise<IncidentLookup>;
  listIncidents(filter?: EventFilter, page?: PageRequest): Promise<Page<IncidentSummary>>;
  listChanges(options?: { after?: number; limit?: number }): Promise<Change[]>;
  /** The change feed's highest sequence number so far; `listChanges({ after })` from it returns only later changes. */
  latestChangeSeq(): Promise<number>;
  stats(): Promise<StoreStats>;
  reextract(options?: Partial<ReextractOptions>): Promise<ReextractReport>;
  syncLexicons(lexicons: LexiconTables): Promise<{ places: number; actors: number; outlets: number }>;
  close(): Promise<void>;
}

export interface RawMeta {
  format?: "text" | "html";
  url?: string | null;
  published?: string | null;
  outlet?: string | null;
}

const defaultExtract: ExtractFn = (raw, options) => extract(raw, options);

/** Runs the built-in extractor over one raw article with its metadata. */
export function extractRaw(raw: string, meta: RawMeta = {}): ExtractionResult {
  return extract(raw, { published: meta.published ?? null, format: meta.format ?? "text" });
}

/**
 * Opens the store: PostgreSQL when `url` (or `DATABASE_URL`) is set, else PGlite in `dataDir`
 * (`MARSAD_DATA_DIR`, default `.marsad/data`). Applies migrations and loads the extractor's lexicons.
 */
export async function openStore(config: StoreConfig = storeConfigFromEnv()): Promise<Store> {
  let connection: Connection;
  try {
    connection = await connect(config.dataDir ? { ...config, dataDir: resolveDataDir(config.dataDir) } : config);
  } catch (error) {
    const where = config.url ? "the PostgreSQL server in DATABASE_URL" : `the data directory ${config.dataDir ?? "(memory)"}`;
    throw new StoreError("unreachable", `cannot open ${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { db } = connection;
  if (config.syncLexicons !== false) await syncLexicons(db, defaultLexicons());
  return {
    kind: connection.kind,
    db,
    sql: connection.sql,
    url: connection.url,
    ingest: (input) => ingestArticle(db, input),
    ingestRaw: (raw, meta = {}) =>
      ingestArticle(db, {
        result: extractRaw(raw, meta),
        raw,
        format: meta.format ?? "text",
        url: meta.url ?? null,
        published: meta.published ?? null,
        outlet: meta.outlet ?? null,
      }),
    getArticle: (id) => getArticle(db, id),
    listArticles: (filter, page) => listArticles(db, filter, page),
    getEvent: (id) => getEvent(db, id),
    listEvents: (filter, page) => listEvents(db, filter, page),
    countEvents: (by, filter) => countEvents(db, by, filter),
    getIncident: (id) => getIncident(db, id),
    listIncidents: (filter, page) => listIncidents(db, filter, page),
    listChanges: (options) => listChanges(db, options),
    latestChangeSeq: () => latestChangeSeq(db),
    stats: () => stats(db),
    reextract: (options = {}) => reextract(db, { extract: defaultExtract, version: EXTRACTOR_VERSION, ...options }),
    syncLexicons: (lexicons) => syncLexicons(db, lexicons),
    close: () => connection.close(),
  };
}
