import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../db/client";

/** Recomputes an incident's summary from its reports; an incident left without reports is retracted. */
export async function refreshIncident(tx: Db, id: number): Promise<"live" | "retracted"> {
  const [state] = await refreshIncidents(tx, [id]);
  return state?.state ?? "retracted";
}

/**
 * Recomputes several incidents' summaries in one statement (and retracts those left without reports). The SQL is
 * marsad_refresh_incidents (migration 0004), which ingestion's marsad_file_events calls too.
 */
export async function refreshIncidents(tx: Db, ids: number[]): Promise<Array<{ id: number; state: "live" | "retracted" }>> {
  if (ids.length === 0) return [];
  const rows = await rowsOf(
    tx,
    sql`select incident, live from marsad_refresh_incidents(array(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::bigint))`,
  );
  const live = new Set(rows.filter((row) => row.live === true).map((row) => Number(row.incident)));
  return ids.map((id) => ({ id, state: live.has(id) ? "live" : "retracted" }));
}
