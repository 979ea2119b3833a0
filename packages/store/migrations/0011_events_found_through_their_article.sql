-- Issue #5's ingestion rate. Events are found by text through a trigram index on their article's events_key (its
-- events' search keys, each once) instead of one on every event's own key: an article's events quote the same
-- sentences, so the index takes about 700 entries an article instead of 1,800, and the trigram index was the largest
-- part of the server's time per stored article. A match there is checked against the event's own key (src/queries).
ALTER TABLE "articles" ADD COLUMN "events_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Stored articles: the same text from their stored events (before the index, so it is built once).
UPDATE "articles" a SET "events_key" = k.key
FROM (SELECT article_id, string_agg(DISTINCT search_key, ' ') AS key FROM "events" GROUP BY article_id) k
WHERE k.article_id = a.id;--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE articles ALTER COLUMN events_key SET COMPRESSION lz4;
  END IF;
END $$;
--> statement-breakpoint
CREATE INDEX "articles_events_key_idx" ON "articles" USING gin ("events_key" gin_trgm_ops);--> statement-breakpoint
DROP INDEX "events_search_idx";--> statement-breakpoint
-- marsad_store_article of migration 0006 with the new column.
CREATE OR REPLACE FUNCTION marsad_store_article(doc jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  a jsonb := doc->'article';
  stored text;
  candidates jsonb := '[]';
BEGIN
  IF jsonb_typeof(doc->'outlet') = 'object' THEN
    INSERT INTO outlets (id, name, name_en)
    SELECT o.id, o.name, o.name_en FROM jsonb_populate_record(null::outlets, doc->'outlet') o
    ON CONFLICT DO NOTHING;
  END IF;
  INSERT INTO articles (id, url, content_hash, raw_hash, raw, raw_format, outlet_id, title, body, published,
    published_from, extraction, extractor_version, ingested_at, extracted_at, search_key, events_key)
  SELECT r.id, r.url, r.content_hash, r.raw_hash, r.raw, r.raw_format, r.outlet_id, r.title, r.body, r.published,
    r.published_from, r.extraction, r.extractor_version, coalesce(r.ingested_at, now()), now(), r.search_key, r.events_key
  FROM jsonb_populate_record(null::articles, a) r
  ON CONFLICT DO NOTHING
  RETURNING id INTO stored;
  IF stored IS NULL THEN
    SELECT x.id INTO stored FROM articles x
    WHERE x.id = a->>'id' OR x.content_hash = a->>'content_hash' OR x.raw_hash = a->>'raw_hash' OR x.url = a->>'url'
    LIMIT 1;
    RETURN jsonb_build_object('status', 'duplicate', 'articleId', stored);
  END IF;
  INSERT INTO places (id, name, name_en, kind, lat, lon, admin1, admin2, admin3, parent)
  SELECT p.id, p.name, p.name_en, p.kind, p.lat, p.lon, p.admin1, p.admin2, p.admin3, p.parent
  FROM jsonb_populate_recordset(null::places, coalesce(doc->'places', '[]')) p
  ON CONFLICT DO NOTHING;
  INSERT INTO actors (id, name, name_en, category, parent, side)
  SELECT x.id, x.name, x.name_en, x.category, x.parent, x.side
  FROM jsonb_populate_recordset(null::actors, coalesce(doc->'actors', '[]')) x
  ON CONFLICT DO NOTHING;
  INSERT INTO figures (article_id, ordinal, kind, count, min, max, exact, "group", period, evidence)
  SELECT stored, f.ordinal, f.kind, f.count, f.min, f.max, f.exact, f."group", f.period, f.evidence
  FROM jsonb_populate_recordset(null::figures, coalesce(doc->'figures', '[]')) f;
  -- Hash order, the order every transaction locks in, so two waits cannot deadlock.
  PERFORM pg_advisory_xact_lock(k.h)
  FROM (SELECT DISTINCT hashtext(n) AS h FROM jsonb_array_elements_text(coalesce(doc->'locks', '[]')) n ORDER BY h) k;
  IF jsonb_typeof(doc->'candidates') = 'object' THEN
    candidates := marsad_incident_candidates(doc->'candidates');
  END IF;
  RETURN jsonb_build_object('status', 'created', 'articleId', stored, 'candidates', candidates);
END $$;
--> statement-breakpoint
-- Statistics for the new column, so the planner picks its index (autovacuum may be off), but only over stored rows:
-- an empty table analyzed reads as empty for good, and the plans each connection keeps for the events' foreign-key
-- checks then scan every article instead of probing its key (measured: half the server's time after 10,000 articles).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM articles) THEN
    ANALYZE articles;
  END IF;
END $$;
