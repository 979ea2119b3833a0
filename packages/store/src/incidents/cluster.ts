import { sql } from "drizzle-orm";
import { z } from "zod";
import type { ChangeLog } from "../changes";
import { type Db, rowsOf } from "../db/client";
import { type ActorParents, type ReportFacts, sameIncident } from "./compatible";

/** A stored event waiting for its incident, with what a one-report incident shows. */
export interface ClusterEvent extends ReportFacts {
  id: number;
  /** The date the report states; `date` falls back to the sort date so undated reports still cluster by day. */
  statedDate: string | null;
  sortDate: string;
  background: boolean;
  subEventType: string;
  actors: string[];
  outletId: string | null;
  fatalitiesBest: number | null;
  disputed: boolean;
}

/** How far back an incident's first date may lie and still take a report (its spread is at most a few days). */
const WINDOW_DAYS = 7;
const DAY = 86_400_000;

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function weekOf(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY / 7);
}

/** The advisory-lock names of the incident windows events of these types and dates can touch (see below). */
export function incidentWindowKeys(keys: Array<{ eventType: string; sortDate: string }>): string[] {
  const names = new Set<string>();
  for (const { eventType, sortDate } of keys) {
    for (let week = weekOf(shiftDays(sortDate, -WINDOW_DAYS)); week <= weekOf(shiftDays(sortDate, 1)); week++) {
      names.add(`marsad:incidents:${eventType}:${week}`);
    }
  }
  return [...names];
}

/**
 * Locks the incident windows an event of this type and date can touch: one lock per (event type, week) over
 * `[date - 7 days, date + 1 day]`. Two articles that could file into the same incident wait for each other; others
 * (another type, another month) cluster in parallel. Keys are taken in sorted order, so waits cannot deadlock.
 */
export async function lockIncidentWindows(tx: Db, keys: Array<{ eventType: string; sortDate: string }>): Promise<void> {
  const names = incidentWindowKeys(keys);
  if (names.length === 0) return;
  // One round trip; the subquery hands the keys over in hash order, the order every transaction locks in
  // (marsad_store_article locks the same way).
  await tx.execute(
    sql`select pg_advisory_xact_lock(h) from (select distinct hashtext(n) as h from jsonb_array_elements_text(${JSON.stringify(names)}::jsonb) as n order by h) as keys`,
  );
}

/**
 * Puts each new event into the incident it reports, or a new one; folds incidents a new report shows to be one.
 * Incremental: only incidents of the same type within a few days of the event are read. Writes the changes `log`
 * holds too (the feed keeps one order: the caller's changes first).
 */
export async function clusterEvents(tx: Db, pending: ClusterEvent[], log: ChangeLog, parents: ActorParents): Promise<void> {
  const clusterable = pending.filter((e) => !e.background);
  if (clusterable.length === 0) return;
  await lockIncidentWindows(tx, clusterable);
  const spec = candidateSpec(clusterable);
  const candidates = spec ? await candidateIncidents(tx, spec) : new Map<number, Candidate>();
  await fileEvents(tx, planClusters(clusterable, candidates, parents), log);
}

export interface Candidate {
  sortDate: string;
  reports: ReportFacts[];
}

/** What clustering decided for one batch of events, before anything is written. */
export interface ClusterPlan {
  /** `[from, into]`: incidents a new report showed to be one, in the order they were folded. */
  merges: Array<[number, number]>;
  /** Events that open a one-report incident of their own. */
  opening: ClusterEvent[];
  /** `[event, incident]`: events joining an existing incident (merges already followed). */
  assignments: Array<[number, number]>;
  /** Incidents that gained reports: their summaries are recomputed. */
  refreshed: number[];
}

/** Decides in memory, over one read of the candidates (changed in place), where each clusterable event goes. */
export function planClusters(clusterable: ClusterEvent[], candidates: Map<number, Candidate>, parents: ActorParents): ClusterPlan {
  const assignments = new Map<number, number>();
  const opening: ClusterEvent[] = [];
  const merges: Array<[number, number]> = [];
  const mergedInto = new Map<number, number>();
  const touched = new Set<number>();
  for (const event of clusterable) {
    const low = shiftDays(event.sortDate, -WINDOW_DAYS);
    const high = shiftDays(event.sortDate, 1);
    const joinable = event.placeId
      ? [...candidates.entries()].filter(
          ([, c]) => c.sortDate >= low && c.sortDate <= high && c.reports.every((r) => sameIncident(event, r, parents)),
        )
      : [];
    if (joinable.length === 0) {
      opening.push(event);
      continue;
    }
    joinable.sort(([aId, a], [bId, b]) => preference(event, b.reports) - preference(event, a.reports) || aId - bId);
    const [[targetId, target], ...others] = joinable as [[number, Candidate], ...Array<[number, Candidate]>];
    assignments.set(event.id, targetId);
    target.reports.push(event);
    touched.add(targetId);
    for (const [otherId, other] of others) {
      const fits = other.reports.every((o) => target.reports.every((m) => sameIncident(o, m, parents)));
      if (!fits) continue;
      merges.push([otherId, targetId]);
      mergedInto.set(otherId, targetId);
      target.reports.push(...other.reports);
      candidates.delete(otherId);
      touched.delete(otherId);
    }
  }
  const resolve = (id: number): number => {
    let current = id;
    while (mergedInto.has(current)) current = mergedInto.get(current) ?? current;
    return current;
  };
  return {
    merges,
    opening,
    assignments: [...assignments].map(([eventId, incidentId]) => [eventId, resolve(incidentId)]),
    refreshed: [...new Set([...touched].map(resolve))],
  };
}

/**
 * Writes a plan in one statement (marsad_file_events): merges, one-report incidents written whole from their event
 * (an incident shows only dates its reports state, never the ingestion day they were sorted by), links, refreshed
 * summaries, and the change feed: `newEvents` created, what `log` held, then merged, created and updated incidents.
 * `newEvents` (rows keyed by column name, each with the `key` the plan calls it by) are inserted with their incident.
 * Returns the ids of `newEvents`, in order.
 */
export async function fileEvents(tx: Db, plan: ClusterPlan, log: ChangeLog, newEvents: Array<Record<string, unknown>> = []): Promise<number[]> {
  for (const [from, into] of plan.merges) log.add("incident", from, "merged", { into: String(into) });
  const changes = log.drain();
  if (newEvents.length === 0 && changes.length === 0 && plan.opening.length === 0 && plan.assignments.length === 0 && plan.refreshed.length === 0) {
    return [];
  }
  const doc = {
    merges: plan.merges,
    open: plan.opening.map((event) => ({
      event_id: event.id,
      event_type: event.eventType,
      sub_event_type: event.subEventType,
      date_min: event.statedDate,
      date_max: event.statedDate,
      sort_date: event.sortDate,
      place_id: event.placeId,
      lat: event.lat,
      lon: event.lon,
      place_path: event.placePath,
      actors: event.actors,
      outlets: event.outletId ? [event.outletId] : [],
      report_count: 1,
      fatalities_min: event.fatalitiesBest,
      fatalities_max: event.fatalitiesBest,
      disputed: event.disputed,
    })),
    assign: plan.assignments,
    events: newEvents,
    refresh: plan.refreshed,
    changes,
  };
  const [row] = await rowsOf(tx, sql`select marsad_file_events(${JSON.stringify(doc)}::jsonb) as filed`);
  return FileReply.parse(row?.filed).eventIds;
}

const FileReply = z.object({ eventIds: z.array(z.number().int()) });

/** Prefer the incident already told at the very same place, then the one with most reports. */
function preference(event: ReportFacts, reports: ReportFacts[]): number {
  const samePlaceId = reports.some((r) => r.placeId === event.placeId) ? 1000 : 0;
  return samePlaceId + reports.length;
}

/** Folds one incident into another: its reports move, and its id answers with a redirect from then on. */
export async function mergeIncident(tx: Db, fromId: number, intoId: number, log: ChangeLog): Promise<void> {
  await tx.execute(sql`select marsad_file_events(${JSON.stringify({ merges: [[fromId, intoId]] })}::jsonb)`);
  log.add("incident", fromId, "merged", { into: String(intoId) });
}

/**
 * Where candidate incidents for some events lie: for each event, its type, its date widened by the window, and its
 * place (the database keeps incidents whose place could be the same: migration 0009). One window from the earliest
 * to the latest date read every incident in between, more as the store grew (storing slowed 104 → 58 articles/s over
 * 8,000 articles); one per event without its place still read ~47 reports per event after 10,000 articles.
 */
export interface CandidateSpec {
  windows: Array<{ type: string; low: string; high: string; place: string; path: string[]; lat: number | null; lon: number | null }>;
}

/** The candidate windows of the events that have a place (only those can join an incident), or null. */
export function candidateSpec(clusterable: ClusterEvent[]): CandidateSpec | null {
  const placed = clusterable.filter((e): e is ClusterEvent & { placeId: string } => e.placeId !== null);
  if (placed.length === 0) return null;
  const windows = new Map<string, CandidateSpec["windows"][number]>();
  for (const e of placed) {
    const window = {
      type: e.eventType,
      low: shiftDays(e.sortDate, -WINDOW_DAYS),
      high: shiftDays(e.sortDate, 1),
      place: e.placeId,
      path: e.placePath,
      lat: e.lat,
      lon: e.lon,
    };
    windows.set(JSON.stringify(window), window);
  }
  return { windows: [...windows.values()] };
}

const CandidateRow = z.object({
  incidentId: z.number().int(),
  incidentSortDate: z.string(),
  articleId: z.string(),
  eventType: z.string(),
  date: z.string().nullable(),
  sortDate: z.string(),
  placeId: z.string().nullable(),
  placeKind: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  placePath: z.array(z.string()),
  actor1: z.string().nullable(),
  actor2: z.string().nullable(),
});
export const CandidateRows = z.array(CandidateRow);

/** Groups candidate reports (marsad_incident_candidates' rows) by incident. */
export function candidatesOf(rows: z.infer<typeof CandidateRows>): Map<number, Candidate> {
  const byIncident = new Map<number, Candidate>();
  for (const { incidentId, incidentSortDate, sortDate, ...row } of rows) {
    const candidate = byIncident.get(incidentId) ?? { sortDate: incidentSortDate, reports: [] };
    candidate.reports.push({ ...row, date: row.date ?? sortDate });
    byIncident.set(incidentId, candidate);
  }
  return byIncident;
}

/** Open incidents of the events' types within their windows, with their reports: one query. */
async function candidateIncidents(tx: Db, spec: CandidateSpec): Promise<Map<number, Candidate>> {
  const [row] = await rowsOf(tx, sql`select marsad_incident_candidates(${JSON.stringify(spec)}::jsonb) as candidates`);
  return candidatesOf(CandidateRows.parse(row?.candidates));
}
