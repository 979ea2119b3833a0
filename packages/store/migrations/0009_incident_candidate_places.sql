-- Candidate incidents for a new event are those that could take it: besides type and date window, the incident's
-- place (its best-located report, one of its reports) must be the event's place, a place on the event's path, a
-- place whose path holds the event's place, or within about 5 km of the event (bounding box) — a necessary condition
-- of "every report is at the same place" (src/incidents/compatible.ts), so no candidate is lost. Without it, every
-- incident of the type in the window was read, more as the store filled (47 reports per event after 10,000 articles).
-- A window without coordinates or place reads as before; the older { "types", "low", "high" } is still read.
CREATE INDEX "incidents_merged_into_idx" ON "incidents" USING btree ("merged_into") WHERE "incidents"."merged_into" is not null;--> statement-breakpoint
CREATE OR REPLACE FUNCTION marsad_incident_candidates(spec jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
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
$$;
