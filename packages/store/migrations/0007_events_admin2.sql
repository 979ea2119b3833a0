-- The events' district (admin2) in its own column with a page-order index, as admin1 has one (migration 0005): a
-- district filter read "the path contains it" through GIN, then sorted every match. Set at insert from the same place
-- facts as the path (the place's admin2, or the place itself when it is a district): the district is not at a fixed
-- position in the path, since a place may lack its admin3 or admin2.
ALTER TABLE "events" ADD COLUMN "admin2" text;--> statement-breakpoint
-- Existing rows: from the places table, kept only where the path agrees (the path holds the district).
UPDATE "events" e SET "admin2" = d.district
FROM (SELECT id, coalesce(admin2, CASE WHEN kind = 'district' THEN id END) AS district FROM "places") d
WHERE d.id = e.place_id AND d.district IS NOT NULL AND e.place_path @> ARRAY[d.district];--> statement-breakpoint
CREATE INDEX "events_admin2_sort_idx" ON "events" USING btree ("admin2","sort_date","id");--> statement-breakpoint
-- marsad_file_events of migration 0006 with the new column.
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
-- Statistics for the new column now: the planner needs them to pick the new index (autovacuum may be off).
ANALYZE "events";
