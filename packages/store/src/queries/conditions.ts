import { keyOf } from "@marsad/extract";
import { arrayContains, between, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { StoreError } from "../errors";
import type { PlaceScope } from "../known";
import { EventFilter } from "./filter";

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

/** The columns a filter reads: events and incidents carry the same ones, under their own table. */
export interface FilterColumns {
  sortDate: PgColumn;
  placePath: PgColumn;
  lat: PgColumn;
  lon: PgColumn;
  actors: PgColumn;
  eventType: PgColumn;
  subEventType: PgColumn;
  /** Rows whose text holds this LIKE pattern: an event by its own key, an incident by any of its reports'. */
  text: (pattern: string) => SQL;
  /** An event has one outlet, an incident the outlets of all its reports. */
  outlet: (id: string) => SQL;
  /** Events only: the top of the place path and the place itself, indexed in page order (see `PlaceScope`). */
  admin1?: PgColumn;
  admin2?: PgColumn;
  placeId?: PgColumn;
  /** The caller applies the actor filter itself (events' pages: one ordered scan per actor role). */
  skipActor?: boolean;
}

/**
 * "The place or anything inside it": the place path contains it. The same set, read through an index in page
 * order, for a governorate (the top of every path holding it), a district (the district of every place inside it)
 * or a place that is nobody's parent (only itself).
 */
function placeCondition(place: string, c: FilterColumns, scope: PlaceScope | undefined): SQL {
  if (scope && c.admin1 && scope.governorates.has(place)) return eq(c.admin1, place);
  if (scope && c.admin2 && scope.districts.has(place)) return eq(c.admin2, place);
  if (scope && c.placeId && !scope.areas.has(place) && !scope.governorates.has(place)) return eq(c.placeId, place);
  const governorate = scope?.areas.get(place);
  const inPath = arrayContains(c.placePath, [place]);
  // Redundant for the result, but lets the planner walk the governorate's events in page order.
  return c.admin1 && governorate ? sql`(${eq(c.admin1, governorate)} and ${inPath})` : inPath;
}

/** One meaning for every filter, whichever table it is applied to. */
export function filterConditions(f: EventFilter, c: FilterColumns, scope?: PlaceScope): SQL[] {
  const conditions: SQL[] = [];
  if (f.from) conditions.push(gte(c.sortDate, f.from));
  if (f.to) conditions.push(lte(c.sortDate, f.to));
  if (f.place) conditions.push(placeCondition(f.place, c, scope));
  if (f.bbox) {
    const [west, south, east, north] = f.bbox;
    conditions.push(between(c.lat, south, north), between(c.lon, west, east));
  }
  if (f.actor && !c.skipActor) conditions.push(arrayContains(c.actors, [f.actor]));
  if (f.eventType) conditions.push(eq(c.eventType, f.eventType));
  if (f.subEventType) conditions.push(eq(c.subEventType, f.subEventType));
  if (f.outlet) conditions.push(c.outlet(f.outlet));
  const key = f.q ? keyOf(f.q) : "";
  if (key) conditions.push(c.text(likePattern(key)));
  return conditions;
}
