-- Candidate incidents are read per (event type, date window) instead of one window from an article's earliest event
-- to its latest: with events years apart, that window held thousands of incidents, more as the store grew.
-- spec: { "windows": [{ "type", "low", "high" }…] } (windows of one type do not overlap); the older
-- { "types", "low", "high" } is still read, for processes started before this migration.
CREATE OR REPLACE FUNCTION marsad_incident_candidates(spec jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  WITH w AS (
    SELECT x.type, x.low, x.high FROM jsonb_to_recordset(spec->'windows') AS x(type text, low date, high date)
    UNION ALL
    SELECT t, (spec->>'low')::date, (spec->>'high')::date
    FROM jsonb_array_elements_text(CASE WHEN spec ? 'windows' THEN '[]'::jsonb ELSE spec->'types' END) t
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object(
    'incidentId', i.id, 'incidentSortDate', i.sort_date, 'articleId', e.article_id, 'eventType', e.event_type,
    'date', e.date, 'sortDate', e.sort_date, 'placeId', e.place_id, 'placeKind', p.kind, 'lat', e.lat, 'lon', e.lon,
    'placePath', e.place_path, 'actor1', e.actor1, 'actor2', e.actor2)), '[]'::jsonb)
  FROM w
  -- One index range per window (OFFSET 0 keeps the subquery a nested loop: joined flat, the planner, which guesses
  -- 100 windows, preferred reading every incident into a hash table).
  CROSS JOIN LATERAL (
    SELECT i.id, i.sort_date FROM incidents i
    WHERE i.event_type = w.type AND i.sort_date BETWEEN w.low AND w.high AND i.merged_into IS NULL AND NOT i.retracted
    OFFSET 0
  ) i
  JOIN events e ON e.incident_id = i.id
  LEFT JOIN places p ON p.id = e.place_id
$$;
