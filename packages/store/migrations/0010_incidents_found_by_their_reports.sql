-- Issue #5's ingestion rate. An incident is found by text through its reports (the events' trigram index), not by
-- a copy of their keys: that copy (up to 4,000 characters) was rewritten, and its trigrams indexed again, every time
-- a report joined the incident — about a quarter of the server's time per stored article.
DROP INDEX "incidents_search_idx";--> statement-breakpoint
ALTER TABLE "incidents" DROP COLUMN "search_key";--> statement-breakpoint
-- marsad_refresh_incidents of migration 0004 without the incident's search key, and with a plan that does not read
-- every incident.
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
        bool_or(e.disputed) AS disputed
      FROM events e
      WHERE e.incident_id = ANY (ids)
      GROUP BY e.incident_id
    ) s
    -- Redundant for the result: without it PL/pgSQL's cached plan, which cannot see how many ids there are, read every
    -- incident into a hash table.
    WHERE i.id = s.id AND i.id = ANY (ids)
    RETURNING i.id
  )
  SELECT coalesce(array_agg(u.id), '{}') INTO refreshed FROM u;
  UPDATE incidents i SET retracted = true, report_count = 0, updated_at = now()
  WHERE i.id = ANY (ids) AND NOT (i.id = ANY (refreshed));
  RETURN QUERY SELECT x.id, x.id = ANY (refreshed) FROM unnest(ids) AS x(id);
END $$;
--> statement-breakpoint
-- marsad_file_events of migration 0007 without the incident's search key.
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
        place_path, actors, outlets, report_count, fatalities_min, fatalities_max, disputed)
      OVERRIDING SYSTEM VALUE
      SELECT s.id, r.event_type, r.sub_event_type, r.date_min, r.date_max, r.sort_date, r.place_id, r.lat, r.lon,
        r.place_path, r.actors, r.outlets, r.report_count, r.fatalities_min, r.fatalities_max, r.disputed
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
        attribution, trigger, evidence, origins, confidence, outlet_id, search_key, incident_id, admin2)
      SELECT e.article_id, e.local_id, e.ordinal, e.event_type, e.sub_event_type, e.date, e.date_precision, e.date_text,
        e.sort_date, e.place_id, e.geo_precision, e.lat, e.lon, e.place_path, e.actor1, e.actor2, e.assoc_actors,
        e.actors, e.fatalities, e.fatalities_best, e.injured, e.captured, e.displaced, e.materiel, e.weapons,
        e.background, e.disputed, e.disputed_by, e.attribution, e.trigger, e.evidence, e.origins, e.confidence,
        e.outlet_id, e.search_key, l.incident_id, e.admin2
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
--> statement-breakpoint
-- The candidates query of migration 0009, unchanged, in PL/pgSQL: a LANGUAGE sql function called from PL/pgSQL is
-- parsed and planned again on every call (a tenth of the server's time per article); PL/pgSQL keeps the plan.
CREATE OR REPLACE FUNCTION marsad_incident_candidates(spec jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
  candidates jsonb;
BEGIN
  WITH w AS (
    SELECT x.type, x.low, x.high, x.place, x.path, x.lat, x.lon
    FROM jsonb_to_recordset(spec->'windows') AS x(type text, low date, high date, place text, path text[], lat double precision, lon double precision)
    UNION ALL
    SELECT t, (spec->>'low')::date, (spec->>'high')::date, NULL, NULL, NULL, NULL
    FROM jsonb_array_elements_text(CASE WHEN spec ? 'windows' THEN '[]'::jsonb ELSE spec->'types' END) t
  ), ids AS (
    SELECT DISTINCT i.id
    FROM w
    -- One index range per window (OFFSET 0 keeps it a nested loop: joined flat, the planner, which guesses 100
    -- windows, preferred reading every incident into a hash table).
    CROSS JOIN LATERAL (
      SELECT i.id FROM incidents i
      WHERE i.event_type = w.type AND i.sort_date BETWEEN w.low AND w.high AND i.merged_into IS NULL AND NOT i.retracted
        AND (w.place IS NULL
          OR i.place_id = w.place OR i.place_id = ANY (w.path) OR i.place_path @> ARRAY[w.place]
          OR (w.lat IS NOT NULL AND w.lon IS NOT NULL
              AND i.lat BETWEEN w.lat - 0.05 AND w.lat + 0.05
              AND i.lon BETWEEN w.lon - 0.05 / greatest(cos(radians(w.lat)), 0.01) AND w.lon + 0.05 / greatest(cos(radians(w.lat)), 0.01)))
      OFFSET 0
    ) i
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object(
    'incidentId', i.id, 'incidentSortDate', i.sort_date, 'articleId', e.article_id, 'eventType', e.event_type,
    'date', e.date, 'sortDate', e.sort_date, 'placeId', e.place_id,
    'placeKind', (SELECT p.kind FROM places p WHERE p.id = e.place_id),
    'lat', e.lat, 'lon', e.lon, 'placePath', e.place_path, 'actor1', e.actor1, 'actor2', e.actor2)), '[]'::jsonb)
  FROM ids
  JOIN incidents i ON i.id = ids.id
  JOIN events e ON e.incident_id = i.id
  INTO candidates;
  RETURN candidates;
END $$;
--> statement-breakpoint
-- LZ4 for the article's long columns where the server has it (PostgreSQL built with lz4; PGlite is not): TOAST
-- compression with pglz was 5% of the server's time per stored article. Only new values are compressed with it.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE articles ALTER COLUMN raw SET COMPRESSION lz4;
    ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4;
    ALTER TABLE articles ALTER COLUMN extraction SET COMPRESSION lz4;
    ALTER TABLE articles ALTER COLUMN search_key SET COMPRESSION lz4;
  END IF;
END $$;
