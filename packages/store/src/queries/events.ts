import { and, arrayContains, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { articles, events } from "../db/schema";
import { type PlaceScope, placeScopeOf } from "../known";
import { keyOf } from "@marsad/extract";
import { filterConditions, likePattern, parseFilter } from "./conditions";
import { clampLimit, decodeCursor, type Page, pageOf } from "./cursor";
import { type StoredEvent, toStoredEvent } from "./event-row";
import type { EventFilter, PageRequest } from "./filter";

/** An event whose own key holds the pattern, found through its article's events_key (the trigram index is there). */
export const eventText = (pattern: string): SQL =>
  sql`${events.searchKey} like ${pattern} and ${events.articleId} in (select ${articles.id} from ${articles} where ${articles.eventsKey} like ${pattern})`;
/** The same test for a row in hand (the page-order walk): its own key alone. */
const ownText = (pattern: string): SQL => sql`${events.searchKey} like ${pattern}`;

/** The conditions of an event filter; with `scope`, place filters use the page-order indexes (see `PlaceScope`). */
export function eventConditions(filter: EventFilter, scope?: PlaceScope, options: { skipActor?: boolean } = {}): SQL[] {
  const f = parseFilter(filter);
  const conditions = filterConditions(
    f,
    {
      ...events,
      outlet: (id) => eq(events.outletId, id),
      text: eventText,
      admin1: events.admin1,
      admin2: events.admin2,
      placeId: events.placeId,
      skipActor: options.skipActor,
    },
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

/** Rows of the page order a text search first reads before it asks the trigram index instead (see `textQuery`). */
export const TEXT_WALK_ROWS = 1000;

/**
 * The query behind `listEvents` (one row more than the page, to know whether another follows); the bench explains it.
 * An actor filter reads one ordered index per role (actor1, actor2, associated) and merges the three short lists:
 * "the actors array contains it" through GIN would fetch and sort every match first.
 */
export function eventsQuery(db: Db, filter: EventFilter = {}, page: PageRequest = {}, scope?: PlaceScope, walkRows = TEXT_WALK_ROWS) {
  const parsed = parseFilter(filter);
  const actor = parsed.actor;
  const key = parsed.q ? keyOf(parsed.q) : "";
  const conditions = eventConditions(filter, scope, { skipActor: actor !== undefined });
  const after = decodeCursor(page.cursor);
  const position = after ? sql`(${events.sortDate}, ${events.id}) < (${after[0]}::date, ${after[1]})` : null;
  if (position) conditions.push(position);
  const limit = clampLimit(page.limit) + 1;
  const newestFirst = [desc(events.sortDate), desc(events.id)];
  if (key && actor === undefined && walkRows >= 1) {
    const others = eventConditions({ ...filter, q: undefined }, scope);
    if (position) others.push(position);
    return textQuery(db, others, ownText(likePattern(key)), conditions, limit, walkRows);
  }
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
    return pageOfIds(db, ids, limit);
  }
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(...newestFirst)
    .limit(limit);
}

/**
 * A text search among other filters. The trigram index reads the whole posting list of each trigram of the words:
 * for a common word (one event in ten says قصف) that is ~80,000 entries per trigram, 12–30 ms, whatever the other
 * filters, and the planner prices it far lower. A common word is found sooner by walking the other filters' page-order
 * index and testing each row. So: walk at most TEXT_WALK_ROWS rows matching the other filters, newest first, keeping
 * the first `limit` hits; when the walk found them all (or the filters ran out of rows), that is the page; otherwise
 * (a rare word) the usual plan answers, trigram index included. Both branches sit behind one-time filters, so the
 * unneeded one is not run.
 */
function textQuery(db: Db, others: SQL[], text: SQL, all: SQL[], limit: number, walkRows: number) {
  const newestFirst = [desc(events.sortDate), desc(events.id)];
  const walk = db
    .select({ id: events.id, hit: sql<boolean>`${text}`.as("hit") })
    .from(events)
    .where(and(...others))
    .orderBy(...newestFirst)
    .limit(walkRows);
  const usual = db
    .select({ id: events.id })
    .from(events)
    .where(and(...all))
    .orderBy(...newestFirst)
    .limit(limit);
  // The walk's last row is kept as a marker: present with fewer hits than wanted, the walk stopped short.
  const complete = sql`(select count(*) filter (where hit) >= ${limit} or not coalesce(bool_or(last), false) from hits)`;
  const ids = sql`with hits as materialized (
      select id, hit, rn = ${walkRows} as last
      from (select w.id, w.hit, row_number() over () as rn from (${walk}) w) n
      where hit or rn = ${walkRows}
      limit ${limit}
    )
    select id from hits where hit and ${complete}
    union all
    select id from (${usual}) u where not ${complete}`;
  return pageOfIds(db, ids, limit);
}

/** The events whose ids a subquery picked, newest first: the page of a query that chose its rows by another path. */
function pageOfIds(db: Db, ids: SQL, limit: number) {
  return db
    .select()
    .from(events)
    .where(sql`${events.id} in (${ids})`)
    .orderBy(desc(events.sortDate), desc(events.id))
    .limit(limit);
}

export async function getEvent(db: Db, id: string): Promise<StoredEvent | null> {
  if (!/^\d+$/.test(id)) return null;
  const [row] = await db.select().from(events).where(eq(events.id, Number(id)));
  return row ? toStoredEvent(row) : null;
}
