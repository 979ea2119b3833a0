import { and, eq, gte, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { actors, events, incidents, places } from "../db/schema";
import { recordChange } from "../changes";
import { type ActorParents, type ReportFacts, sameIncident } from "./compatible";
import { refreshIncident } from "./refresh";

/** A stored event waiting for its incident. */
export interface ClusterEvent extends ReportFacts {
  id: number;
  sortDate: string;
  background: boolean;
}

/** How far back an incident's first date may lie and still take a report (its spread is at most a few days). */
const WINDOW_DAYS = 7;

/**
 * Puts each new event into the incident it reports, or a new one; folds incidents a new report shows to be one.
 * Incremental: only incidents of the same type within a few days of the event are read. Runs inside the
 * ingesting transaction under a lock, so two articles ingested at once cannot open two incidents for one happening.
 */
export async function clusterEvents(tx: Db, pending: ClusterEvent[]): Promise<void> {
  if (pending.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('marsad:incidents'))`);
  const parents = await actorParents(tx);
  for (const event of pending) {
    if (event.background) continue;
    // Without a place nothing can be matched (samePlace is false): skip the lookup.
    const candidates = event.placeId ? await candidateReports(tx, event) : new Map<number, ReportFacts[]>();
    const joinable = [...candidates.entries()].filter(([, reports]) => reports.every((r) => sameIncident(event, r, parents)));
    if (joinable.length === 0) {
      const [created] = await tx
        .insert(incidents)
        .values({ eventType: event.eventType, subEventType: event.eventType, sortDate: event.sortDate })
        .returning({ id: incidents.id });
      if (!created) throw new Error("incident insert returned nothing");
      await tx.update(events).set({ incidentId: created.id }).where(eq(events.id, event.id));
      await refreshIncident(tx, created.id);
      await recordChange(tx, "incident", created.id, "created");
      continue;
    }
    joinable.sort(([aId, a], [bId, b]) => preference(event, b) - preference(event, a) || aId - bId);
    const [[targetId, targetReports], ...others] = joinable as [[number, ReportFacts[]], ...Array<[number, ReportFacts[]]>];
    await tx.update(events).set({ incidentId: targetId }).where(eq(events.id, event.id));
    const members = [...targetReports, event];
    for (const [otherId, otherReports] of others) {
      const fits = otherReports.every((o) => members.every((m) => sameIncident(o, m, parents)));
      if (!fits) continue;
      await mergeIncident(tx, otherId, targetId);
      members.push(...otherReports);
    }
    await refreshIncident(tx, targetId);
    await recordChange(tx, "incident", targetId, "updated");
  }
}

/** Prefer the incident already told at the very same place, then the one with most reports. */
function preference(event: ReportFacts, reports: ReportFacts[]): number {
  const samePlaceId = reports.some((r) => r.placeId === event.placeId) ? 1000 : 0;
  return samePlaceId + reports.length;
}

/** Folds one incident into another: its reports move, and its id answers with a redirect from then on. */
export async function mergeIncident(tx: Db, fromId: number, intoId: number): Promise<void> {
  await tx.update(events).set({ incidentId: intoId }).where(eq(events.incidentId, fromId));
  await tx.update(incidents).set({ mergedInto: intoId }).where(eq(incidents.mergedInto, fromId));
  await tx
    .update(incidents)
    .set({ mergedInto: intoId, reportCount: 0, updatedAt: sql`now()` })
    .where(eq(incidents.id, fromId));
  await recordChange(tx, "incident", fromId, "merged", { into: String(intoId) });
}

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Reports of the open incidents that could take the event, grouped by incident. */
async function candidateReports(tx: Db, event: ClusterEvent): Promise<Map<number, ReportFacts[]>> {
  const found = await tx
    .select({ id: incidents.id })
    .from(incidents)
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
  if (found.length === 0) return byIncident;
  const rows = await tx
    .select({
      incidentId: events.incidentId,
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
    .from(events)
    .leftJoin(places, eq(places.id, events.placeId))
    .where(
      inArray(
        events.incidentId,
        found.map((f) => f.id),
      ),
    );
  for (const row of rows) {
    if (row.incidentId === null) continue;
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
