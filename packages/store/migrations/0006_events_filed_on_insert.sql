-- Events are written once, with their incident, by marsad_file_events, instead of inserted by marsad_store_article
-- and updated with their incident afterwards: the update wrote a second version of every event and a second entry
-- in each of its indexes (trigram index included), and left as many dead rows.
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
-- Writes a clustering decision: merges ([from, into] pairs, in order), new one-report incidents (incident columns
-- plus the key of the event they are opened for), links of events to existing incidents ([key, incident]), the
-- article's new events (event columns plus their key, written with their incident: one index entry each, no
-- update afterwards), incidents to refresh; then the change feed: the new events, the caller's changes, the
-- incidents opened, the incidents refreshed (in that order). A key is an event id, or a negative stand-in for an
-- event of `events`. Returns { "eventIds": ids of `events` in order, "opened": [[key, incident]…] }.
CREATE OR REPLACE FUNCTION marsad_file_events(doc jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  m jsonb;
  opened jsonb := '[]';
  event_ids jsonb := '[]';
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
  IF jsonb_array_length(coalesce(doc->'events', '[]')) > 0 THEN
    WITH links AS (
      SELECT (p->>0)::bigint AS key, (p->>1)::bigint AS incident_id
      FROM jsonb_array_elements(coalesce(doc->'assign', '[]') || opened) p
    ), ins AS (
      INSERT INTO events (article_id, local_id, ordinal, event_type, sub_event_type, date, date_precision, date_text,
        sort_date, place_id, geo_precision, lat, lon, place_path, actor1, actor2, assoc_actors, actors, fatalities,
        fatalities_best, injured, captured, displaced, materiel, weapons, background, disputed, disputed_by,
        attribution, trigger, evidence, origins, confidence, outlet_id, search_key, incident_id)
      SELECT e.article_id, e.local_id, e.ordinal, e.event_type, e.sub_event_type, e.date, e.date_precision, e.date_text,
        e.sort_date, e.place_id, e.geo_precision, e.lat, e.lon, e.place_path, e.actor1, e.actor2, e.assoc_actors,
        e.actors, e.fatalities, e.fatalities_best, e.injured, e.captured, e.displaced, e.materiel, e.weapons,
        e.background, e.disputed, e.disputed_by, e.attribution, e.trigger, e.evidence, e.origins, e.confidence,
        e.outlet_id, e.search_key, l.incident_id
      FROM jsonb_array_elements(doc->'events') AS x(v)
      CROSS JOIN LATERAL jsonb_populate_record(null::events, x.v) e
      LEFT JOIN links l ON l.key = (x.v->>'key')::bigint
      RETURNING id, ordinal
    )
    SELECT coalesce(jsonb_agg(ins.id ORDER BY ins.ordinal), '[]') INTO event_ids FROM ins;
  END IF;
  UPDATE events e SET incident_id = v.incident_id
  FROM (
    SELECT (p->>0)::bigint AS id, (p->>1)::bigint AS incident_id
    FROM jsonb_array_elements(coalesce(doc->'assign', '[]') || opened) p
  ) v
  WHERE e.id = v.id AND v.id > 0;
  PERFORM 1 FROM marsad_refresh_incidents(ARRAY(SELECT jsonb_array_elements_text(coalesce(doc->'refresh', '[]'))::bigint));
  INSERT INTO change_log (entity, entity_id, kind, data)
  SELECT c.entity, c.entity_id, c.kind, c.data FROM (
    SELECT 0 AS part, x.o, 'event' AS entity, x.v #>> '{}' AS entity_id, 'created' AS kind, NULL::jsonb AS data
    FROM jsonb_array_elements(event_ids) WITH ORDINALITY AS x(v, o)
    UNION ALL
    SELECT 1, x.o, x.v->>'entity', x.v->>'id', x.v->>'kind', nullif(x.v->'data', 'null'::jsonb)
    FROM jsonb_array_elements(coalesce(doc->'changes', '[]')) WITH ORDINALITY AS x(v, o)
    UNION ALL
    SELECT 2, x.o, 'incident', x.v->>1, 'created', NULL FROM jsonb_array_elements(opened) WITH ORDINALITY AS x(v, o)
    UNION ALL
    SELECT 3, x.o, 'incident', x.v #>> '{}', 'updated', NULL
    FROM jsonb_array_elements(coalesce(doc->'refresh', '[]')) WITH ORDINALITY AS x(v, o)
  ) c
  ORDER BY c.part, c.o;
  RETURN jsonb_build_object('eventIds', event_ids, 'opened', opened);
END $$;
