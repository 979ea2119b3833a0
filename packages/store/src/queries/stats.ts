import { and, count, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { actors, articles, events, incidents, outlets, places } from "../db/schema";
import { placeScopeOf } from "../known";
import { eventConditions } from "./events";
import type { EventFilter } from "./filter";

export const CountBy = z.enum(["day", "month", "place", "admin1", "admin2", "admin3", "type", "subType", "outlet"]);
export type CountBy = z.infer<typeof CountBy>;

export interface CountRow {
  key: string | null;
  events: number;
  fatalities: number;
}

/** Event counts grouped for charts: by day or month, place (or its governorate/district/sub-district), type, outlet. */
export async function countEvents(db: Db, by: CountBy, filter: EventFilter = {}): Promise<CountRow[]> {
  const parsedBy = CountBy.parse(by);
  const key = keyExpression(parsedBy);
  const base = db
    .select({ key: key.as("key"), events: count(), fatalities: sql<string>`coalesce(sum(${events.fatalitiesBest}), 0)` })
    .from(events)
    .$dynamic();
  // Only the administrative groupings need the places table.
  const joined = parsedBy.startsWith("admin") ? base.leftJoin(places, eq(places.id, events.placeId)) : base;
  const rows = await joined
    .where(and(...eventConditions(filter, await placeScopeOf(db))))
    .groupBy(sql`1`)
    .orderBy(by === "day" || by === "month" ? sql`1` : desc(count()));
  return rows.map((row) => ({ key: row.key === null ? null : String(row.key), events: Number(row.events), fatalities: Number(row.fatalities) }));
}

function keyExpression(by: CountBy) {
  switch (by) {
    case "day":
      return sql<string>`to_char(${events.sortDate}, 'YYYY-MM-DD')`;
    case "month":
      return sql<string>`to_char(${events.sortDate}, 'YYYY-MM')`;
    case "place":
      return sql<string>`${events.placeId}`;
    case "admin1":
      return sql<string>`case when ${places.kind} = 'governorate' then ${places.id} else ${places.admin1} end`;
    case "admin2":
      return sql<string>`case when ${places.kind} = 'district' then ${places.id} else ${places.admin2} end`;
    case "admin3":
      return sql<string>`case when ${places.kind} = 'subdistrict' then ${places.id} else ${places.admin3} end`;
    case "type":
      return sql<string>`${events.eventType}`;
    case "subType":
      return sql<string>`${events.subEventType}`;
    case "outlet":
      return sql<string>`${events.outletId}`;
  }
}

export interface StoreStats {
  articles: number;
  events: number;
  incidents: number;
  outlets: number;
  places: number;
  actors: number;
  lastIngestedAt: string | null;
  extractorVersions: Array<{ version: string; articles: number }>;
}

export async function stats(db: Db): Promise<StoreStats> {
  const one = async (query: Promise<Array<{ n: number }>>) => Number((await query)[0]?.n ?? 0);
  const [last] = await db.select({ at: sql<string | null>`max(${articles.ingestedAt})::text` }).from(articles);
  const versions = await db
    .select({ version: articles.extractorVersion, articles: count() })
    .from(articles)
    .groupBy(articles.extractorVersion)
    .orderBy(articles.extractorVersion);
  return {
    articles: await one(db.select({ n: count() }).from(articles)),
    events: await one(db.select({ n: count() }).from(events)),
    incidents: await one(
      db
        .select({ n: count() })
        .from(incidents)
        .where(sql`${incidents.mergedInto} is null and not ${incidents.retracted}`),
    ),
    outlets: await one(db.select({ n: count() }).from(outlets)),
    places: await one(db.select({ n: count() }).from(places)),
    actors: await one(db.select({ n: count() }).from(actors)),
    lastIngestedAt: last?.at ? new Date(last.at).toISOString() : null,
    extractorVersions: versions.map((v) => ({ version: v.version, articles: Number(v.articles) })),
  };
}
