import type { ActorEntry, OutletEntry, PlaceEntry } from "@marsad/extract";
import { sql } from "drizzle-orm";
import type { Db } from "./db/client";
import { actors, outlets, places } from "./db/schema";
import { forgetKnown, knownOf } from "./known";

export interface LexiconTables {
  places: ReadonlyMap<string, PlaceEntry>;
  actors: ReadonlyMap<string, ActorEntry>;
  outlets: ReadonlyMap<string, OutletEntry>;
}

const BATCH = 500;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** Loads the extractor's places, actors and outlets, so stored ids agree with the extractor's. */
export async function syncLexicons(db: Db, lexicons: LexiconTables): Promise<{ places: number; actors: number; outlets: number }> {
  await db.transaction(async (tx) => {
    for (const chunk of batches([...lexicons.places.values()])) {
      await tx
        .insert(places)
        .values(chunk.map(({ id, name, nameEn, kind, lat, lon, admin1, admin2, admin3, parent }) => ({ id, name, nameEn, kind, lat, lon, admin1, admin2, admin3, parent })))
        .onConflictDoUpdate({
          target: places.id,
          set: {
            name: sql`excluded.name`,
            nameEn: sql`excluded.name_en`,
            kind: sql`excluded.kind`,
            lat: sql`excluded.lat`,
            lon: sql`excluded.lon`,
            admin1: sql`excluded.admin1`,
            admin2: sql`excluded.admin2`,
            admin3: sql`excluded.admin3`,
            parent: sql`excluded.parent`,
          },
        });
    }
    for (const chunk of batches([...lexicons.actors.values()])) {
      await tx
        .insert(actors)
        .values(chunk.map(({ id, name, nameEn, category, parent, side }) => ({ id, name, nameEn, category, parent, side })))
        .onConflictDoUpdate({
          target: actors.id,
          set: { name: sql`excluded.name`, nameEn: sql`excluded.name_en`, category: sql`excluded.category`, parent: sql`excluded.parent`, side: sql`excluded.side` },
        });
    }
    for (const chunk of batches([...lexicons.outlets.values()])) {
      await tx
        .insert(outlets)
        .values(chunk.map(({ id, name, nameEn, kind }) => ({ id, name, nameEn, kind })))
        .onConflictDoUpdate({ target: outlets.id, set: { name: sql`excluded.name`, nameEn: sql`excluded.name_en`, kind: sql`excluded.kind` } });
    }
  });
  // Parents may have changed; every synced id is in the tables now.
  forgetKnown(db);
  const cache = knownOf(db);
  for (const id of lexicons.places.keys()) cache.places.add(id);
  for (const id of lexicons.actors.keys()) cache.actors.add(id);
  for (const id of lexicons.outlets.keys()) cache.outlets.add(id);
  return { places: lexicons.places.size, actors: lexicons.actors.size, outlets: lexicons.outlets.size };
}
