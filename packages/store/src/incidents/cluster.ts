import { and, eq, gte, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { ChangeLog } from "../changes";
import type { Db } from "../db/client";
import { actors, events, incidents, places } from "../db/schema";
import { type ActorParents, type ReportFacts, sameIncident } from "./compatible";
import { refreshIncident } from "./refresh";

/** A stored event waiting for its incident, with what a one-report incident shows. */
export interface ClusterEvent extends ReportFacts {
  id: number;
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
  for (const name of [...names].sort()) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${name}))`);
}

/**
 * Puts each new event into the incident it reports, or a new one; folds incidents a new report shows to be one.
 * Incremental: only incidents of the same type within a few days of the event are read.
 */
export async function clusterEvents(tx: Db, pending: ClusterEvent[], log: ChangeLog): Promise<void> {
  const clusterable = pending.filter((e) => !e.background);
  if (clusterable.length === 0) return;
  await lockIncidentWindows(tx, clusterable);
  const parents = await actorParents(tx);
  for (const event of clusterable) {
    // Without a place nothing can match (samePlace is false): skip the lookup.
    const candidates = event.placeId ? await candidateReports(tx, event) : new Map<number, ReportFacts[]>();
    const joinable = [...candidates.entries()].filter(([, reports]) => reports.every((r) => sameIncident(event, r, parents)));
    if (joinable.length === 0) {
      const id = await openIncident(tx, event);
      log.add("incident", id, "created");
      continue;
    }
    joinable.sort(([aId, a], [bId, b]) => preference(event, b) - preference(event, a) || aId - bId);
    const [[targetId, targetReports], ...others] = joinable as [[number, ReportFacts[]], ...Array<[number, ReportFacts[]]>];
    await tx.update(events).set({ incidentId: targetId }).where(eq(events.id, event.id));
    const members = [...targetReports, event];
    for (const [otherId, otherReports] of others) {
      const fits = otherReports.every((o) => members.every((m) => sameIncident(o, m, parents)));
      if (!fits) continue;
      await mergeIncident(tx, otherId, targetId, log);
      members.push(...otherReports);
    }
    await refreshIncident(tx, targetId);
    log.add("incident", targetId, "updated");
  }
}

/** A one-report incident, written whole from its event (no aggregate query needed). */
async function openIncident(tx: Db, event: ClusterEvent): Promise<number> {
  const [created] = await tx
    .insert(incidents)
    .values({
      eventType: event.eventType,
      subEventType: event.subEventType,
      dateMin: event.date,
      dateMax: event.date,
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
    })
    .returning({ id: incidents.id });
  if (!created) throw new Error("incident insert returned nothing");
  await tx.update(events).set({ incidentId: created.id }).where(eq(events.id, event.id));
  return created.id;
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

/** Reports of the open incidents that could take the event, grouped by incident: one query. */
async function candidateReports(tx: Db, event: ClusterEvent): Promise<Map<number, ReportFacts[]>> {
  const rows = await tx
    .select({
      incidentId: incidents.id,
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
        eq(incidents.eventType, event.eventType),
        isNull(incidents.mergedInto),
        eq(incidents.retracted, false),
        gte(incidents.sortDate, shiftDays(event.sortDate, -WINDOW_DAYS)),
        lte(incidents.sortDate, shiftDays(event.sortDate, 1)),
      ),
    );
  const byIncident = new Map<number, ReportFacts[]>();
  for (const row of rows) {
    const list = byIncident.get(row.incidentId) ?? [];
    list.push({ ...row, date: row.date ?? row.sortDate });
    byIncident.set(row.incidentId, list);
  }
  return byIncident;
}

async function actorParents(tx: Db): Promise<ActorParents> {
  const rows = await tx.select({ id: actors.id, parent: actors.parent }).from(actors).where(isNotNull(actors.parent));
  return new Map(rows.map((row) => [row.id, row.parent]));
}
