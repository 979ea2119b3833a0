-- Ingestion in two statements per article instead of a dozen (issue #5's rate goal: the limit was the round trips).
-- The column lists below must follow the tables: a column added to events, articles, figures or incidents later
-- needs a new version of these functions in the same migration.

-- Recomputes incidents' summaries from their reports; an incident left without reports is retracted.
CREATE OR REPLACE FUNCTION marsad_refresh_incidents(ids bigint[]) RETURNS TABLE (incident bigint, live boolean)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  refreshed bigint[];
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN
    RETURN;
  END IF;
  WITH u AS (
    UPDATE incidents i SET
      sub_event_type = s.sub_event_type,
      date_min = s.date_min,
      date_max = s.date_max,
      sort_date = s.sort_date,
      place_id = s.place_id,
      lat = s.lat,
      lon = s.lon,
      place_path = s.place_path,
      actors = s.actors,
      outlets = s.outlets,
      report_count = s.report_count,
      fatalities_min = s.fatalities_min,
      fatalities_max = s.fatalities_max,
      disputed = s.disputed,
      search_key = s.search_key,
      retracted = false,
      updated_at = now()
    FROM (
      SELECT
        e.incident_id AS id,
        mode() WITHIN GROUP (ORDER BY e.sub_event_type) AS sub_event_type,
        min(e.date) AS date_min,
        max(e.date) AS date_max,
        min(e.sort_date) AS sort_date,
        (array_agg(e.place_id ORDER BY e.geo_precision, e.lat IS NULL, e.id))[1] AS place_id,
        (array_agg(e.lat ORDER BY e.geo_precision, e.lat IS NULL, e.id))[1] AS lat,
        (array_agg(e.lon ORDER BY e.geo_precision, e.lat IS NULL, e.id))[1] AS lon,
        coalesce((SELECT array_agg(DISTINCT p) FROM events x, unnest(x.place_path) p WHERE x.incident_id = e.incident_id), '{}') AS place_path,
        coalesce((SELECT array_agg(DISTINCT a) FROM events x, unnest(x.actors) a WHERE x.incident_id = e.incident_id), '{}') AS actors,
        coalesce(array_agg(DISTINCT e.outlet_id) FILTER (WHERE e.outlet_id IS NOT NULL), '{}') AS outlets,
        count(*)::int AS report_count,
        min(e.fatalities_best) AS fatalities_min,
        max(e.fatalities_best) AS fatalities_max,
        bool_or(e.disputed) AS disputed,
        left(string_agg(e.search_key, ' '), 4000) AS search_key
      FROM events e
      WHERE e.incident_id = ANY (ids)
      GROUP BY e.incident_id
    ) s
    WHERE i.id = s.id
    RETURNING i.id
  )
  SELECT coalesce(array_agg(u.id), '{}') INTO refreshed FROM u;
  UPDATE incidents i SET retracted = true, report_count = 0, updated_at = now()
  WHERE i.id = ANY (ids) AND NOT (i.id = ANY (refreshed));
  RETURN QUERY SELECT x.id, x.id = ANY (refreshed) FROM unnest(ids) AS x(id);
END $$;
--> statement-breakpoint
-- Open incidents of some event types within a window of sort dates, one JSON object per report:
-- { "types": [...], "low": "YYYY-MM-DD", "high": "YYYY-MM-DD" } → [{ incidentId, incidentSortDate, articleId, … }].
CREATE OR REPLACE FUNCTION marsad_incident_candidates(spec jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT coalesce(jsonb_agg(jsonb_build_object(
    'incidentId', i.id, 'incidentSortDate', i.sort_date, 'articleId', e.article_id, 'eventType', e.event_type,
    'date', e.date, 'sortDate', e.sort_date, 'placeId', e.place_id, 'placeKind', p.kind, 'lat', e.lat, 'lon', e.lon,
    'placePath', e.place_path, 'actor1', e.actor1, 'actor2', e.actor2)), '[]'::jsonb)
  FROM incidents i
  JOIN events e ON e.incident_id = i.id
  LEFT JOIN places p ON p.id = e.place_id
  WHERE i.event_type IN (SELECT jsonb_array_elements_text(spec->'types'))
    AND i.merged_into IS NULL AND NOT i.retracted
    AND i.sort_date BETWEEN (spec->>'low')::date AND (spec->>'high')::date
$$;
--> statement-breakpoint
-- Stores one article with its events and figures (keys are column names), then locks its incident windows and
-- reads the candidate incidents, so the caller decides the clustering with one round trip behind it. Each statement
-- of a volatile function takes a new snapshot: the candidates are read after the locks are held. A duplicate (same
-- id, URL, content or raw hash; a concurrent insert of it is waited for) returns its stored id and writes nothing.
CREATE OR REPLACE FUNCTION marsad_store_article(doc jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  a jsonb := doc->'article';
  stored text;
  event_ids jsonb := '[]';
  candidates jsonb := '[]';
BEGIN
  IF jsonb_typeof(doc->'outlet') = 'object' THEN
    INSERT INTO outlets (id, name, name_en)
    SELECT o.id, o.name, o.name_en FROM jsonb_populate_record(null::outlets, doc->'outlet') o
    ON CONFLICT DO NOTHING;
  END IF;
  INSERT INTO articles (id, url, content_hash, raw_hash, raw, raw_format, outlet_id, title, body, published,
    published_from, extraction, extractor_version, ingested_at, extracted_at, search_key)
  SELECT r.id, r.url, r.content_hash, r.raw_hash, r.raw, r.raw_format, r.outlet_id, r.title, r.body, r.published,
    r.published_from, r.extraction, r.extractor_version, coalesce(r.ingested_at, now()), now(), r.search_key
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
  WITH ins AS (
    INSERT INTO events (article_id, local_id, ordinal, event_type, sub_event_type, date, date_precision, date_text,
      sort_date, place_id, geo_precision, lat, lon, place_path, actor1, actor2, assoc_actors, actors, fatalities,
      fatalities_best, injured, captured, displaced, materiel, weapons, background, disputed, disputed_by,
      attribution, trigger, evidence, origins, confidence, outlet_id, search_key)
    SELECT stored, e.local_id, e.ordinal, e.event_type, e.sub_event_type, e.date, e.date_precision, e.date_text,
      e.sort_date, e.place_id, e.geo_precision, e.lat, e.lon, e.place_path, e.actor1, e.actor2, e.assoc_actors,
      e.actors, e.fatalities, e.fatalities_best, e.injured, e.captured, e.displaced, e.materiel, e.weapons,
      e.background, e.disputed, e.disputed_by, e.attribution, e.trigger, e.evidence, e.origins, e.confidence,
      e.outlet_id, e.search_key
    FROM jsonb_populate_recordset(null::events, coalesce(doc->'events', '[]')) e
    RETURNING id, ordinal
  )
  SELECT coalesce(jsonb_agg(ins.id ORDER BY ins.ordinal), '[]') INTO event_ids FROM ins;
  INSERT INTO figures (article_id, ordinal, kind, count, min, max, exact, "group", period, evidence)
  SELECT stored, f.ordinal, f.kind, f.count, f.min, f.max, f.exact, f."group", f.period, f.evidence
  FROM jsonb_populate_recordset(null::figures, coalesce(doc->'figures', '[]')) f;
  -- Hash order, the order every transaction locks in, so two waits cannot deadlock.
  PERFORM pg_advisory_xact_lock(k.h)
  FROM (SELECT DISTINCT hashtext(n) AS h FROM jsonb_array_elements_text(coalesce(doc->'locks', '[]')) n ORDER BY h) k;
  IF jsonb_typeof(doc->'candidates') = 'object' THEN
    candidates := marsad_incident_candidates(doc->'candidates');
  END IF;
  RETURN jsonb_build_object('status', 'created', 'articleId', stored, 'eventIds', event_ids, 'candidates', candidates);
END $$;
--> statement-breakpoint
-- Writes a clustering decision: merges ([from, into] pairs, in order), new one-report incidents (incident columns
-- plus the event_id they are opened for), events joining existing incidents ([event, incident]), incidents to
-- refresh; then the change feed: the caller's changes, the incidents opened, the incidents refreshed (in that order).
-- Returns the [event, incident] pairs of the opened incidents.
CREATE OR REPLACE FUNCTION marsad_file_events(doc jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  m jsonb;
  opened jsonb := '[]';
BEGIN
  FOR m IN SELECT * FROM jsonb_array_elements(coalesce(doc->'merges', '[]')) LOOP
    UPDATE events SET incident_id = (m->>1)::bigint WHERE incident_id = (m->>0)::bigint;
    UPDATE incidents SET merged_into = (m->>1)::bigint WHERE merged_into = (m->>0)::bigint;
    UPDATE incidents SET merged_into = (m->>1)::bigint, report_count = 0, updated_at = now() WHERE id = (m->>0)::bigint;
  END LOOP;
  IF jsonb_array_length(coalesce(doc->'open', '[]')) > 0 THEN
    WITH src AS MATERIALIZED (
      SELECT x.o, (x.v->>'event_id')::bigint AS event_id, x.v, nextval('incidents_id_seq') AS id
      FROM jsonb_array_elements(doc->'open') WITH ORDINALITY AS x(v, o)
    ), ins AS (
      INSERT INTO incidents (id, event_type, sub_event_type, date_min, date_max, sort_date, place_id, lat, lon,
        place_path, actors, outlets, report_count, fatalities_min, fatalities_max, disputed, search_key)
      OVERRIDING SYSTEM VALUE
      SELECT s.id, r.event_type, r.sub_event_type, r.date_min, r.date_max, r.sort_date, r.place_id, r.lat, r.lon,
        r.place_path, r.actors, r.outlets, r.report_count, r.fatalities_min, r.fatalities_max, r.disputed, r.search_key
      FROM src s CROSS JOIN LATERAL jsonb_populate_record(null::incidents, s.v) r
      ORDER BY s.o
      RETURNING id
    )
    SELECT coalesce(jsonb_agg(jsonb_build_array(s.event_id, s.id) ORDER BY s.o), '[]') INTO opened FROM src s;
  END IF;
  UPDATE events e SET incident_id = v.incident_id
  FROM (
    SELECT (p->>0)::bigint AS id, (p->>1)::bigint AS incident_id
    FROM jsonb_array_elements(coalesce(doc->'assign', '[]') || opened) p
  ) v
  WHERE e.id = v.id;
  PERFORM 1 FROM marsad_refresh_incidents(ARRAY(SELECT jsonb_array_elements_text(coalesce(doc->'refresh', '[]'))::bigint));
  INSERT INTO change_log (entity, entity_id, kind, data)
  SELECT c.entity, c.entity_id, c.kind, c.data FROM (
    SELECT 1 AS part, x.o, x.v->>'entity' AS entity, x.v->>'id' AS entity_id, x.v->>'kind' AS kind,
      nullif(x.v->'data', 'null'::jsonb) AS data
    FROM jsonb_array_elements(coalesce(doc->'changes', '[]')) WITH ORDINALITY AS x(v, o)
    UNION ALL
    SELECT 2, x.o, 'incident', x.v->>1, 'created', NULL FROM jsonb_array_elements(opened) WITH ORDINALITY AS x(v, o)
    UNION ALL
    SELECT 3, x.o, 'incident', x.v #>> '{}', 'updated', NULL
    FROM jsonb_array_elements(coalesce(doc->'refresh', '[]')) WITH ORDINALITY AS x(v, o)
  ) c
  ORDER BY c.part, c.o;
  RETURN opened;
END $$;
