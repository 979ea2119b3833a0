import { and, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { ChangeLog } from "../changes";
import type { Db } from "../db/client";
import { events, incidents, places } from "../db/schema";
import { type ActorParents, type ReportFacts, sameIncident } from "./compatible";
import { refreshIncidents } from "./refresh";

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
  searchKey: string;
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

/**
 * Locks the incident windows an event of this type and date can touch: one lock per (event type, week) over
 * `[date - 7 days, date + 1 day]`. Two articles that could file into the same incident wait for each other; others
 * (another type, another month) cluster in parallel. Keys are taken in sorted order, so waits cannot deadlock.
 */
export async function lockIncidentWindows(tx: Db, keys: Array<{ eventType: string; sortDate: string }>): Promise<void> {
  const names = new Set<string>();
  for (const { eventType, sortDate } of keys) {
    for (let week = weekOf(shiftDays(sortDate, -WINDOW_DAYS)); week <= weekOf(shiftDays(sortDate, 1)); week++) {
      names.add(`marsad:incidents:${eventType}:${week}`);
    }
  }
  if (names.size === 0) return;
  const list = sql.join(
    [...names].map((name) => sql`${name}`),
    sql`, `,
  );
  // One round trip; the subquery hands the keys over in hash order, the order every transaction locks in.
  await tx.execute(sql`select pg_advisory_xact_lock(h) from (select distinct hashtext(n) as h from unnest(array[${list}]::text[]) as n order by h) as keys`);
}

/**
 * Puts each new event into the incident it reports, or a new one; folds incidents a new report shows to be one.
 * Incremental: only incidents of the same type within a few days of the event are read.
 */
export async function clusterEvents(tx: Db, pending: ClusterEvent[], log: ChangeLog, parents: ActorParents): Promise<void> {
  const clusterable = pending.filter((e) => !e.background);
  if (clusterable.length === 0) return;
  await lockIncidentWindows(tx, clusterable);
  const placed = clusterable.filter((e) => e.placeId !== null);
  // Incidents are decided in memory over one read of the candidates, then written in a few statements.
  const candidates = placed.length > 0 ? await candidateIncidents(tx, placed) : new Map<number, Candidate>();
  const assignments = new Map<number, number>();
  const opening: ClusterEvent[] = [];
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
      await mergeIncident(tx, otherId, targetId, log);
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
  const opened = await openIncidents(tx, opening);
  opening.forEach((event, i) => {
    const id = opened[i];
    if (id === undefined) throw new Error("incident insert returned fewer ids than rows");
    assignments.set(event.id, id);
    log.add("incident", id, "created");
  });
  await assignEvents(
    tx,
    [...assignments].map(([eventId, incidentId]) => [eventId, resolve(incidentId)]),
  );
  const refreshed = [...new Set([...touched].map(resolve))];
  await refreshIncidents(tx, refreshed);
  for (const id of refreshed) log.add("incident", id, "updated");
}

interface Candidate {
  sortDate: string;
  reports: ReportFacts[];
}

/** One-report incidents, written whole from their events in one statement; ids come back in row order. */
async function openIncidents(tx: Db, opening: ClusterEvent[]): Promise<number[]> {
  if (opening.length === 0) return [];
  const rows = await tx
    .insert(incidents)
    .values(
      opening.map((event) => ({
        eventType: event.eventType,
        subEventType: event.subEventType,
        // An incident shows only dates its reports state, never the ingestion day they were sorted by.
        dateMin: event.statedDate,
        dateMax: event.statedDate,
        sortDate: event.sortDate,
        placeId: event.placeId,
        lat: event.lat,
        lon: event.lon,
        placePath: event.placePath,
        actors: event.actors,
        outlets: event.outletId ? [event.outletId] : [],
        reportCount: 1,
        fatalitiesMin: event.fatalitiesBest,
        fatalitiesMax: event.fatalitiesBest,
        disputed: event.disputed,
        searchKey: event.searchKey,
      })),
    )
    .returning({ id: incidents.id });
  return rows.map((row) => row.id);
}

/** Sets each event's incident in one statement. */
async function assignEvents(tx: Db, pairs: Array<[number, number]>): Promise<void> {
  if (pairs.length === 0) return;
  const values = sql.join(
    pairs.map(([eventId, incidentId]) => sql`(${eventId}::bigint, ${incidentId}::bigint)`),
    sql`, `,
  );
  await tx.execute(sql`update events set incident_id = v.incident_id from (values ${values}) as v(id, incident_id) where events.id = v.id`);
}

/** Prefer the incident already told at the very same place, then the one with most reports. */
function preference(event: ReportFacts, reports: ReportFacts[]): number {
  const samePlaceId = reports.some((r) => r.placeId === event.placeId) ? 1000 : 0;
  return samePlaceId + reports.length;
}

/** Folds one incident into another: its reports move, and its id answers with a redirect from then on. */
export async function mergeIncident(tx: Db, fromId: number, intoId: number, log: ChangeLog): Promise<void> {
  await tx.update(events).set({ incidentId: intoId }).where(eq(events.incidentId, fromId));
  await tx.update(incidents).set({ mergedInto: intoId }).where(eq(incidents.mergedInto, fromId));
  await tx
    .update(incidents)
    .set({ mergedInto: intoId, reportCount: 0, updatedAt: sql`now()` })
    .where(eq(incidents.id, fromId));
  log.add("incident", fromId, "merged", { into: String(intoId) });
}

/** Open incidents of the events' types within their windows, with their reports: one query for the article. */
async function candidateIncidents(tx: Db, placed: ClusterEvent[]): Promise<Map<number, Candidate>> {
  const types = [...new Set(placed.map((e) => e.eventType))];
  const dates = placed.map((e) => e.sortDate).sort();
  const low = shiftDays(dates[0] ?? "1970-01-01", -WINDOW_DAYS);
  const high = shiftDays(dates[dates.length - 1] ?? "1970-01-01", 1);
  const rows = await tx
    .select({
      incidentId: incidents.id,
      incidentSortDate: incidents.sortDate,
      articleId: events.articleId,
      eventType: events.eventType,
      date: events.date,
      sortDate: events.sortDate,
      placeId: events.placeId,
      placeKind: places.kind,
      lat: events.lat,
      lon: events.lon,
      placePath: events.placePath,
      actor1: events.actor1,
      actor2: events.actor2,
    })
    .from(incidents)
    .innerJoin(events, eq(events.incidentId, incidents.id))
    .leftJoin(places, eq(places.id, events.placeId))
    .where(
      and(
        inArray(incidents.eventType, types),
        isNull(incidents.mergedInto),
        eq(incidents.retracted, false),
        gte(incidents.sortDate, low),
        lte(incidents.sortDate, high),
      ),
    );
  const byIncident = new Map<number, Candidate>();
  for (const { incidentId, incidentSortDate, ...row } of rows) {
    const candidate = byIncident.get(incidentId) ?? { sortDate: incidentSortDate, reports: [] };
    candidate.reports.push({ ...row, date: row.date ?? row.sortDate });
    byIncident.set(incidentId, candidate);
  }
  return byIncident;
}
