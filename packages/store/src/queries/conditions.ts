import { keyOf } from "@marsad/extract";
import { arrayContains, between, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { StoreError } from "../errors";
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
  searchKey: PgColumn;
  /** An event has one outlet, an incident the outlets of all its reports. */
  outlet: (id: string) => SQL;
}

/** One meaning for every filter, whichever table it is applied to. */
export function filterConditions(f: EventFilter, c: FilterColumns): SQL[] {
  const conditions: SQL[] = [];
  if (f.from) conditions.push(gte(c.sortDate, f.from));
  if (f.to) conditions.push(lte(c.sortDate, f.to));
  if (f.place) conditions.push(arrayContains(c.placePath, [f.place]));
  if (f.bbox) {
    const [west, south, east, north] = f.bbox;
    conditions.push(between(c.lat, south, north), between(c.lon, west, east));
  }
  if (f.actor) conditions.push(arrayContains(c.actors, [f.actor]));
  if (f.eventType) conditions.push(eq(c.eventType, f.eventType));
  if (f.subEventType) conditions.push(eq(c.subEventType, f.subEventType));
  if (f.outlet) conditions.push(c.outlet(f.outlet));
  const key = f.q ? keyOf(f.q) : "";
  if (key) conditions.push(sql`${c.searchKey} like ${likePattern(key)}`);
  return conditions;
}
