import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../db/client";

/** Recomputes an incident's summary from its reports; an incident left without reports is retracted. */
export async function refreshIncident(tx: Db, id: number): Promise<"live" | "retracted"> {
  const [state] = await refreshIncidents(tx, [id]);
  return state?.state ?? "retracted";
}

/** Recomputes several incidents' summaries in one statement (and retracts those left without reports). */
export async function refreshIncidents(tx: Db, ids: number[]): Promise<Array<{ id: number; state: "live" | "retracted" }>> {
  if (ids.length === 0) return [];
  const list = sql.join(
    ids.map((id) => sql`${id}::bigint`),
    sql`, `,
  );
  const updated = await rowsOf(
    tx,
    sql`
    update incidents i set
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
    from (
      select
        e.incident_id as id,
        mode() within group (order by e.sub_event_type) as sub_event_type,
        min(e.date) as date_min,
        max(e.date) as date_max,
        min(e.sort_date) as sort_date,
        (array_agg(e.place_id order by e.geo_precision, e.lat is null, e.id))[1] as place_id,
        (array_agg(e.lat order by e.geo_precision, e.lat is null, e.id))[1] as lat,
        (array_agg(e.lon order by e.geo_precision, e.lat is null, e.id))[1] as lon,
        coalesce((select array_agg(distinct p) from events x, unnest(x.place_path) p where x.incident_id = e.incident_id), '{}') as place_path,
        coalesce((select array_agg(distinct a) from events x, unnest(x.actors) a where x.incident_id = e.incident_id), '{}') as actors,
        coalesce(array_agg(distinct e.outlet_id) filter (where e.outlet_id is not null), '{}') as outlets,
        count(*)::int as report_count,
        min(e.fatalities_best) as fatalities_min,
        max(e.fatalities_best) as fatalities_max,
        bool_or(e.disputed) as disputed,
        left(string_agg(e.search_key, ' '), 4000) as search_key
      from events e
      where e.incident_id in (${list})
      group by e.incident_id
    ) s
    where i.id = s.id
    returning i.id`,
  );
  const live = new Set(updated.map((row) => Number(row.id)));
  const empty = ids.filter((id) => !live.has(id));
  if (empty.length > 0) {
    const emptyList = sql.join(
      empty.map((id) => sql`${id}::bigint`),
      sql`, `,
    );
    await tx.execute(sql`update incidents set retracted = true, report_count = 0, updated_at = now() where id in (${emptyList})`);
  }
  return ids.map((id) => ({ id, state: live.has(id) ? "live" : "retracted" }));
}
