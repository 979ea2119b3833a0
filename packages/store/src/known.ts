import { isNotNull } from "drizzle-orm";
import type { Db } from "./db/client";
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
}

const known = new WeakMap<Db, Known>();

export function knownOf(db: Db): Known {
  let entry = known.get(db);
  if (!entry) {
    entry = { places: new Set(), actors: new Set(), outlets: new Set(), parents: null };
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
