import { isNotNull, sql } from "drizzle-orm";
import { type Db, rowsOf } from "./db/client";
import { actors } from "./db/schema";

/**
 * What this process knows to be in the entity tables, so ingestion skips upserting the same places, actors and
 * outlets for every article. Filled only after a commit (or a lexicon sync); a miss just costs one upsert.
 */
export interface Known {
  places: Set<string>;
  actors: Set<string>;
  outlets: Set<string>;
  parents: Map<string, string | null> | null;
  /** How place filters can be answered (see `placeScopeOf`), with when it was read. */
  placeScope: (PlaceScope & { readAt: number }) | null;
}

/**
 * What a place filter may use instead of "the place path contains it": a governorate (top of every path that holds
 * it) is the events' `admin1`; a district every path holding it holds as the place's district is the events'
 * `admin2`; a place that is nobody's administrative parent is the events' `place_id`; another area (a sub-district)
 * lies inside one governorate, whose `admin1` index narrows the scan.
 */
export interface PlaceScope {
  governorates: ReadonlySet<string>;
  /** Places that are, for every place whose path holds them, that place's district (see `PlaceFacts.district`). */
  districts: ReadonlySet<string>;
  /** Places some place names as its admin1, admin2 or admin3, with the governorate every such place agrees on. */
  areas: ReadonlyMap<string, string | null>;
}

/** Another process may add places (a user's gazetteer): what this one read is trusted this long. */
const SCOPE_TTL_MS = 60_000;

export async function placeScopeOf(db: Db): Promise<PlaceScope> {
  const entry = knownOf(db);
  if (entry.placeScope && Date.now() - entry.placeScope.readAt < SCOPE_TTL_MS) return entry.placeScope;
  // A governorate must sit at the top of every path holding it; an area's governorate counts only when the area
  // itself and every place inside it name the same one (a gazetteer can be inconsistent).
  const rows = await rowsOf(
    db,
    sql`with refs(area, gov) as (
          select admin2, admin1 from places where admin2 is not null
          union all select admin3, admin1 from places where admin3 is not null
        ), govs as (
          select id from places g
          where kind = 'governorate' and coalesce(admin1, id) = id and admin2 is null and admin3 is null
            and not exists (select 1 from places x where x.admin2 = g.id or x.admin3 = g.id)
        )
        select id, 'governorate' as role, null as gov from govs
        union all
        select d.id, 'district', null from places d
        where coalesce(d.admin2, case when d.kind = 'district' then d.id end) = d.id
          and not exists (select 1 from places x where (x.admin1 = d.id or x.admin3 = d.id) and x.admin2 is distinct from d.id)
        union all
        select r.area, 'area', case when count(distinct coalesce(r.gov, '')) = 1 and min(r.gov) in (select id from govs)
                                     and coalesce(min(own.admin1), min(r.gov)) = min(r.gov) then min(r.gov) end
        from refs r left join places own on own.id = r.area
        group by r.area
        union all
        select distinct admin1, 'area', null from places
        where admin1 is not null and admin1 not in (select id from govs)`,
  );
  const governorates = new Set<string>();
  const districts = new Set<string>();
  const areas = new Map<string, string | null>();
  for (const row of rows) {
    if (row.role === "governorate") governorates.add(String(row.id));
    else if (row.role === "district") districts.add(String(row.id));
    else areas.set(String(row.id), typeof row.gov === "string" ? row.gov : null);
  }
  entry.placeScope = { governorates, districts, areas, readAt: Date.now() };
  return entry.placeScope;
}

const known = new WeakMap<Db, Known>();

export function knownOf(db: Db): Known {
  let entry = known.get(db);
  if (!entry) {
    entry = { places: new Set(), actors: new Set(), outlets: new Set(), parents: null, placeScope: null };
    known.set(db, entry);
  }
  return entry;
}

/** Forgets everything (after tables were emptied or re-synced). */
export function forgetKnown(db: Db): void {
  known.delete(db);
}

/** Actor id → parent id, read once per process and again after each lexicon sync. */
export async function actorParentsOf(entry: Known, tx: Db): Promise<ReadonlyMap<string, string | null>> {
  if (!entry.parents) {
    const rows = await tx.select({ id: actors.id, parent: actors.parent }).from(actors).where(isNotNull(actors.parent));
    entry.parents = new Map(rows.map((row) => [row.id, row.parent]));
  }
  return entry.parents;
}
