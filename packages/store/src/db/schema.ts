import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/** Outlets, places and actors mirror the extractor's lexicons (same ids), upserted at start-up and on ingest. */
export const outlets = pgTable("outlets", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  kind: text("kind"),
});

export const places = pgTable(
  "places",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    nameEn: text("name_en").notNull(),
    kind: text("kind").notNull(),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    admin1: text("admin1"),
    admin2: text("admin2"),
    admin3: text("admin3"),
    parent: text("parent"),
  },
  (t) => [index("places_admin2_idx").on(t.admin2), index("places_admin3_idx").on(t.admin3)],
);

export const actors = pgTable("actors", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  category: text("category").notNull(),
  parent: text("parent"),
  side: text("side"),
});

export const articles = pgTable(
  "articles",
  {
    /** The first 16 hex digits of the content hash at first ingestion; stable across re-extraction. */
    id: text("id").primaryKey(),
    /** Ingestion order, the key of article pages. */
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    url: text("url"),
    /** SHA-256 of the cleaned title and body at first ingestion: the duplicate key when URLs are absent or differ. */
    contentHash: text("content_hash").notNull(),
    rawHash: text("raw_hash").notNull(),
    raw: text("raw").notNull(),
    rawFormat: text("raw_format").notNull(),
    outletId: text("outlet_id"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    published: date("published", { mode: "string" }),
    publishedFrom: text("published_from"),
    /** Everything else the extractor returned about the article (spans, mentions, persons, sources, warnings…). */
    extraction: jsonb("extraction").notNull(),
    extractorVersion: text("extractor_version").notNull(),
    ingestedAt: timestamp("ingested_at", { withTimezone: true }).notNull().defaultNow(),
    extractedAt: timestamp("extracted_at", { withTimezone: true }).notNull().defaultNow(),
    searchKey: text("search_key").notNull(),
    /**
     * Its events' search keys, each once: the trigram index that finds events by text is on this, one entry per
     * trigram per article rather than per event (an article's events quote the same sentences), and an event
     * found through it is then checked against its own key.
     */
    eventsKey: text("events_key").notNull().default(""),
  },
  (t) => [
    uniqueIndex("articles_url_key").on(t.url),
    uniqueIndex("articles_content_hash_key").on(t.contentHash),
    uniqueIndex("articles_raw_hash_key").on(t.rawHash),
    uniqueIndex("articles_seq_key").on(t.seq),
    index("articles_outlet_idx").on(t.outletId),
    index("articles_version_idx").on(t.extractorVersion),
    index("articles_events_key_idx").using("gin", sql`${t.eventsKey} gin_trgm_ops`),
  ],
);

export const incidents = pgTable(
  "incidents",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    eventType: text("event_type").notNull(),
    subEventType: text("sub_event_type").notNull(),
    dateMin: date("date_min", { mode: "string" }),
    dateMax: date("date_max", { mode: "string" }),
    sortDate: date("sort_date", { mode: "string" }).notNull(),
    placeId: text("place_id"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    placePath: text("place_path").array().notNull().default(sql`'{}'::text[]`),
    actors: text("actors").array().notNull().default(sql`'{}'::text[]`),
    outlets: text("outlets").array().notNull().default(sql`'{}'::text[]`),
    reportCount: integer("report_count").notNull().default(0),
    fatalitiesMin: integer("fatalities_min"),
    fatalitiesMax: integer("fatalities_max"),
    disputed: boolean("disputed").notNull().default(false),
    background: boolean("background").notNull().default(false),
    /** Set when this incident was folded into another: the API answers with a redirect. */
    mergedInto: bigint("merged_into", { mode: "number" }),
    retracted: boolean("retracted").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Ascending keys: scanned backwards they give `order by … desc` (drizzle's `.desc()` adds NULLS LAST, which does not).
    index("incidents_sort_idx").on(t.sortDate, t.id),
    index("incidents_cluster_idx").on(t.eventType, t.sortDate),
    // A merge repoints incidents already merged into the folded one: without it, a scan of every incident.
    index("incidents_merged_into_idx")
      .on(t.mergedInto)
      .where(sql`${t.mergedInto} is not null`),
    index("incidents_place_path_idx").using("gin", t.placePath),
    index("incidents_actors_idx").using("gin", t.actors),
    index("incidents_outlets_idx").using("gin", t.outlets),
  ],
);

export const events = pgTable(
  "events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The extractor's id of the event inside its article (`e1`…); changes between extractor versions. */
    localId: text("local_id").notNull(),
    ordinal: integer("ordinal").notNull(),
    eventType: text("event_type").notNull(),
    subEventType: text("sub_event_type").notNull(),
    date: date("date", { mode: "string" }),
    datePrecision: text("date_precision").notNull(),
    dateText: text("date_text").notNull(),
    /** The event date, else the article's publication date, else the ingestion day: the key of ordering. */
    sortDate: date("sort_date", { mode: "string" }).notNull(),
    placeId: text("place_id"),
    geoPrecision: smallint("geo_precision").notNull(),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    /** The place and its administrative ancestors, so a governorate filter finds its towns. */
    placePath: text("place_path").array().notNull(),
    /**
     * The top of the place path: the governorate of a place that has one (or the governorate itself). A governorate
     * filter reads it through a (admin1, sort_date, id) index: ~1 % of the events, in page order, without a sort.
     */
    admin1: text("admin1").generatedAlwaysAs(sql`place_path[cardinality(place_path)]`),
    /**
     * The district (admin2) of the place, or the place itself when it is a district, set at insert from the same
     * facts as the place path. Not generated from the path: with an admin3 or an admin2 missing, the district is
     * not at a fixed distance from either end. A district filter reads the (admin2, sort_date, id) index.
     */
    admin2: text("admin2"),
    actor1: text("actor1"),
    actor2: text("actor2"),
    assocActors: text("assoc_actors").array().notNull(),
    /** actor1, actor2 and associated actors together, for one indexed filter. */
    actors: text("actors").array().notNull(),
    fatalities: jsonb("fatalities"),
    fatalitiesBest: integer("fatalities_best"),
    injured: jsonb("injured"),
    captured: jsonb("captured"),
    displaced: jsonb("displaced"),
    materiel: jsonb("materiel").notNull(),
    weapons: text("weapons").array().notNull(),
    background: boolean("background").notNull(),
    disputed: boolean("disputed").notNull(),
    disputedBy: text("disputed_by"),
    attribution: text("attribution"),
    trigger: jsonb("trigger").notNull(),
    evidence: jsonb("evidence").notNull(),
    origins: jsonb("origins").notNull(),
    confidence: doublePrecision("confidence").notNull(),
    outletId: text("outlet_id"),
    searchKey: text("search_key").notNull(),
    incidentId: bigint("incident_id", { mode: "number" }).references(() => incidents.id, { onDelete: "set null" }),
  },
  (t) => [
    index("events_sort_idx").on(t.sortDate, t.id),
    index("events_type_sort_idx").on(t.eventType, t.sortDate, t.id),
    index("events_outlet_sort_idx").on(t.outletId, t.sortDate, t.id),
    index("events_article_idx").on(t.articleId),
    index("events_incident_idx").on(t.incidentId),
    index("events_place_path_idx").using("gin", t.placePath),
    index("events_actors_idx").using("gin", t.actors),
    // Keyset pages of mid-selectivity filters (a governorate, a town, an actor in either role) read these in page
    // order; a GIN index would fetch and sort every match first, a sort-order scan would skip the other 99 %.
    index("events_admin1_sort_idx").on(t.admin1, t.sortDate, t.id),
    index("events_admin2_sort_idx").on(t.admin2, t.sortDate, t.id),
    index("events_place_sort_idx").on(t.placeId, t.sortDate, t.id),
    index("events_actor1_sort_idx").on(t.actor1, t.sortDate, t.id),
    index("events_actor2_sort_idx").on(t.actor2, t.sortDate, t.id),
    index("events_assoc_actors_idx")
      .using("gin", t.assocActors)
      .where(sql`cardinality(${t.assocActors}) > 0`),
    index("events_latlon_idx").on(t.lat, t.lon),
  ],
);

export const figures = pgTable(
  "figures",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    ordinal: integer("ordinal").notNull(),
    kind: text("kind").notNull(),
    count: integer("count"),
    min: integer("min"),
    max: integer("max"),
    exact: boolean("exact").notNull(),
    group: text("group"),
    period: text("period"),
    evidence: jsonb("evidence").notNull(),
  },
  (t) => [index("figures_article_idx").on(t.articleId)],
);

/**
 * The change feed: one row per change of an event or incident. Writers insert without a lock; `seq` is given
 * later, by the reader, only to rows of transactions older than every running one (`xid` below the snapshot's
 * xmin), in order: a row that commits late gets a later `seq`, so a client polling `after=seq` never misses one.
 */
/** Numbers the feed in publication order (see `sequenceChanges`). */
export const changeSeq = pgSequence("change_log_seq");

export const changeLog = pgTable(
  "change_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    seq: bigint("seq", { mode: "number" }),
    xid: bigint("xid", { mode: "number" })
      .notNull()
      .default(sql`(pg_current_xact_id()::text)::bigint`),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    kind: text("kind").notNull(),
    data: jsonb("data"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("change_log_seq_key").on(t.seq),
    index("change_log_unsequenced_idx").on(t.id).where(sql`${t.seq} is null`),
  ],
);
