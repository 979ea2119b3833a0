import { and, arrayContains, asc, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { articles, events, incidents } from "../db/schema";
import { clampLimit, decodeCursor, type Page, pageOf } from "./cursor";
import { toStoredEvent, type StoredEvent } from "./event-row";
import { eventText } from "./events";
import { filterConditions, parseFilter } from "./conditions";
import type { EventFilter, PageRequest } from "./filter";
import { disagreementsOf, type Disagreement } from "./disagreements";

export interface IncidentSummary {
  id: string;
  eventType: string;
  subEventType: string;
  dateMin: string | null;
  dateMax: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  actors: string[];
  outlets: string[];
  reportCount: number;
  fatalities: { min: number | null; max: number | null };
  disputed: boolean;
  retracted: boolean;
  updatedAt: string;
}

export interface IncidentReport {
  event: StoredEvent;
  article: { id: string; title: string; url: string | null; published: string | null };
  outlet: string | null;
  /** The evidence spans with their text from the article body. */
  evidence: Array<{ start: number; end: number; text: string }>;
}

export interface IncidentDetail extends IncidentSummary {
  reports: IncidentReport[];
  /** Outlets whose reports agree with the most-told value on every field where reports differ. */
  agreeing: string[];
  /** Fields where reports differ (fatalities 2 vs 3, a denial…), each value with who reported it. */
  disagreements: Disagreement[];
}

export type IncidentLookup =
  | { status: "found"; incident: IncidentDetail }
  | { status: "redirect"; to: string }
  | { status: "not_found" };

type IncidentRecord = typeof incidents.$inferSelect;

function toSummary(row: IncidentRecord): IncidentSummary {
  return {
    id: String(row.id),
    eventType: row.eventType,
    subEventType: row.subEventType,
    dateMin: row.dateMin,
    dateMax: row.dateMax,
    place: row.placeId,
    lat: row.lat,
    lon: row.lon,
    actors: row.actors,
    outlets: row.outlets,
    reportCount: row.reportCount,
    fatalities: { min: row.fatalitiesMin, max: row.fatalitiesMax },
    disputed: row.disputed,
    retracted: row.retracted,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function incidentConditions(filter: EventFilter): SQL[] {
  const live = [isNull(incidents.mergedInto), eq(incidents.retracted, false)];
  return [
    ...live,
    ...filterConditions(parseFilter(filter), {
      ...incidents,
      outlet: (id) => arrayContains(incidents.outlets, [id]),
      // Through its reports (an incident keeps no copy of their text): those whose own key holds the pattern.
      text: (pattern) => sql`exists (select 1 from ${events} where ${events.incidentId} = ${incidents.id} and ${eventText(pattern)})`,
    }),
  ];
}

export async function listIncidents(db: Db, filter: EventFilter = {}, page: PageRequest = {}): Promise<Page<IncidentSummary>> {
  const limit = clampLimit(page.limit);
  const conditions = incidentConditions(filter);
  const after = decodeCursor(page.cursor);
  if (after) conditions.push(sql`(${incidents.sortDate}, ${incidents.id}) < (${after[0]}::date, ${after[1]})`);
  const rows = await db
    .select()
    .from(incidents)
    .where(and(...conditions))
    .orderBy(desc(incidents.sortDate), desc(incidents.id))
    .limit(limit + 1);
  return pageOf(rows, limit, (row) => [row.sortDate, row.id], toSummary);
}

/** An incident with its reports; a merged one answers with where it went (follow with a redirect). */
export async function getIncident(db: Db, id: string): Promise<IncidentLookup> {
  if (!/^\d+$/.test(id)) return { status: "not_found" };
  let current = Number(id);
  for (let hops = 0; hops < 100; hops++) {
    const [row] = await db.select().from(incidents).where(eq(incidents.id, current));
    if (!row) return { status: "not_found" };
    if (row.mergedInto !== null) {
      current = row.mergedInto;
      continue;
    }
    if (String(row.id) !== id) return { status: "redirect", to: String(row.id) };
    const reports = await reportsOf(db, row.id);
    const { disagreements, agreeing } = disagreementsOf(reports);
    return { status: "found", incident: { ...toSummary(row), reports, agreeing, disagreements } };
  }
  return { status: "not_found" };
}

async function reportsOf(db: Db, incidentId: number): Promise<IncidentReport[]> {
  const rows = await db
    .select({ event: events, title: articles.title, url: articles.url, published: articles.published, body: articles.body })
    .from(events)
    .innerJoin(articles, eq(articles.id, events.articleId))
    .where(eq(events.incidentId, incidentId))
    .orderBy(asc(events.id));
  return rows.map((row) => {
    const event = toStoredEvent(row.event);
    return {
      event,
      article: { id: event.articleId, title: row.title, url: row.url, published: row.published },
      outlet: event.outlet,
      evidence: event.evidence.map((span) => ({ ...span, text: row.body.slice(span.start, span.end) })),
    };
  });
}
