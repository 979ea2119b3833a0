import { keyOf } from "@marsad/extract";
import { and, arrayContains, between, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { events } from "../db/schema";
import { StoreError } from "../errors";
import { clampLimit, decodeCursor, type Page, pageOf } from "./cursor";
import { toStoredEvent, type StoredEvent } from "./event-row";
import { EventFilter, type PageRequest } from "./filter";

/** `%` and `_` in a user's text are letters, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function parseFilter(filter: EventFilter): EventFilter {
  const parsed = EventFilter.safeParse(filter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError("invalid_input", `bad filter ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

export function eventConditions(filter: EventFilter): SQL[] {
  const f = parseFilter(filter);
  const conditions: SQL[] = [];
  if (f.from) conditions.push(gte(events.sortDate, f.from));
  if (f.to) conditions.push(lte(events.sortDate, f.to));
  if (f.place) conditions.push(arrayContains(events.placePath, [f.place]));
  if (f.bbox) {
    const [west, south, east, north] = f.bbox;
    conditions.push(between(events.lat, south, north), between(events.lon, west, east));
  }
  if (f.actor) conditions.push(arrayContains(events.actors, [f.actor]));
  if (f.eventType) conditions.push(eq(events.eventType, f.eventType));
  if (f.subEventType) conditions.push(eq(events.subEventType, f.subEventType));
  if (f.outlet) conditions.push(eq(events.outletId, f.outlet));
  if (f.incident) conditions.push(eq(events.incidentId, Number(f.incident)));
  if (!f.includeBackground) conditions.push(eq(events.background, false));
  const key = f.q ? keyOf(f.q) : "";
  if (key) conditions.push(sql`${events.searchKey} like ${likePattern(key)}`);
  return conditions;
}

/** Events newest first (by event date, else publication date), in stable keyset pages. */
export async function listEvents(db: Db, filter: EventFilter = {}, page: PageRequest = {}): Promise<Page<StoredEvent>> {
  const limit = clampLimit(page.limit);
  const rows = await eventsQuery(db, filter, page);
  return pageOf(rows, limit, (row) => [row.sortDate, row.id], toStoredEvent);
}

/** The query behind `listEvents` (one row more than the page, to know whether another follows); the bench explains it. */
export function eventsQuery(db: Db, filter: EventFilter = {}, page: PageRequest = {}) {
  const conditions = eventConditions(filter);
  const after = decodeCursor(page.cursor);
  if (after) conditions.push(sql`(${events.sortDate}, ${events.id}) < (${after[0]}::date, ${after[1]})`);
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(desc(events.sortDate), desc(events.id))
    .limit(clampLimit(page.limit) + 1);
}

export async function getEvent(db: Db, id: string): Promise<StoredEvent | null> {
  if (!/^\d+$/.test(id)) return null;
  const [row] = await db.select().from(events).where(eq(events.id, Number(id)));
  return row ? toStoredEvent(row) : null;
}
