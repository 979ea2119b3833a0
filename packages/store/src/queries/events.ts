import { and, arrayContains, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { events } from "../db/schema";
import { type PlaceScope, placeScopeOf } from "../known";
import { filterConditions, parseFilter } from "./conditions";
import { clampLimit, decodeCursor, type Page, pageOf } from "./cursor";
import { type StoredEvent, toStoredEvent } from "./event-row";
import type { EventFilter, PageRequest } from "./filter";

/** The conditions of an event filter; with `scope`, place filters use the page-order indexes (see `PlaceScope`). */
export function eventConditions(filter: EventFilter, scope?: PlaceScope, options: { skipActor?: boolean } = {}): SQL[] {
  const f = parseFilter(filter);
  const conditions = filterConditions(
    f,
    { ...events, outlet: (id) => eq(events.outletId, id), admin1: events.admin1, placeId: events.placeId, skipActor: options.skipActor },
    scope,
  );
  if (f.incident) conditions.push(eq(events.incidentId, Number(f.incident)));
  if (!f.includeBackground) conditions.push(eq(events.background, false));
  return conditions;
}

/** Events newest first (by event date, else publication date), in stable keyset pages. */
export async function listEvents(db: Db, filter: EventFilter = {}, page: PageRequest = {}): Promise<Page<StoredEvent>> {
  const limit = clampLimit(page.limit);
  const rows = await eventsQuery(db, filter, page, await placeScopeOf(db));
  return pageOf(rows, limit, (row) => [row.sortDate, row.id], toStoredEvent);
}

/**
 * The query behind `listEvents` (one row more than the page, to know whether another follows); the bench explains it.
 * An actor filter reads one ordered index per role (actor1, actor2, associated) and merges the three short lists:
 * "the actors array contains it" through GIN would fetch and sort every match first.
 */
export function eventsQuery(db: Db, filter: EventFilter = {}, page: PageRequest = {}, scope?: PlaceScope) {
  const actor = parseFilter(filter).actor;
  const conditions = eventConditions(filter, scope, { skipActor: actor !== undefined });
  const after = decodeCursor(page.cursor);
  if (after) conditions.push(sql`(${events.sortDate}, ${events.id}) < (${after[0]}::date, ${after[1]})`);
  const limit = clampLimit(page.limit) + 1;
  const newestFirst = [desc(events.sortDate), desc(events.id)];
  if (actor !== undefined) {
    const role = (condition: SQL) =>
      db
        .select({ id: events.id })
        .from(events)
        .where(and(condition, ...conditions))
        .orderBy(...newestFirst)
        .limit(limit);
    const associated = sql`cardinality(${events.assocActors}) > 0 and ${arrayContains(events.assocActors, [actor])}`;
    const ids = sql`select id from ((${role(eq(events.actor1, actor))}) union (${role(eq(events.actor2, actor))}) union (${role(associated)})) as by_role`;
    return db
      .select()
      .from(events)
      .where(sql`${events.id} in (${ids})`)
      .orderBy(...newestFirst)
      .limit(limit);
  }
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(...newestFirst)
    .limit(limit);
}

export async function getEvent(db: Db, id: string): Promise<StoredEvent | null> {
  if (!/^\d+$/.test(id)) return null;
  const [row] = await db.select().from(events).where(eq(events.id, Number(id)));
  return row ? toStoredEvent(row) : null;
}
