import { fileURLToPath } from "node:url";
import { DEFAULT_DATA_DIR, ensureSeeded, openStore, type Store, type StoreConfig } from "@marsad/store";
import type { Env } from "./env";
import type { Logger } from "./logger";

const REPO_SEEDS = fileURLToPath(new URL("../../../seeds", import.meta.url));

export function storeConfig(env: Env): StoreConfig {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.MARSAD_DATA_DIR ?? DEFAULT_DATA_DIR };
}

/** Opens the database (PGlite unless DATABASE_URL) and ingests the seeds into an empty one, so a first run shows data. */
export async function openSeededStore(env: Env, logger: Logger): Promise<Store> {
  const config = storeConfig(env);
  const store = await openStore(config);
  logger.info("database open", { kind: store.kind, where: config.url ? "DATABASE_URL" : config.dataDir });
  if (env.MARSAD_SEED) {
    const seeded = await ensureSeeded(store, env.MARSAD_SEEDS_DIR ?? REPO_SEEDS);
    if (seeded.seeded) logger.info("seeds ingested", { articles: seeded.articles, errors: seeded.errors });
    for (const error of seeded.errors) logger.warn("seed not ingested", { error });
  }
  return store;
}
