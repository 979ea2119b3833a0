import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { events } from "../db/schema";
import { clampLimit, decodeCursor, type Page, pageOf } from "./cursor";
import { toStoredEvent, type StoredEvent } from "./event-row";
import { filterConditions, parseFilter } from "./conditions";
import type { EventFilter, PageRequest } from "./filter";

export function eventConditions(filter: EventFilter): SQL[] {
  const f = parseFilter(filter);
  const conditions = filterConditions(f, { ...events, outlet: (id) => eq(events.outletId, id) });
  if (f.incident) conditions.push(eq(events.incidentId, Number(f.incident)));
  if (!f.includeBackground) conditions.push(eq(events.background, false));
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
