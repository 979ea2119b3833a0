import { z } from "zod";

/** Where the store lives: a PostgreSQL server when `url` is set, otherwise an embedded PGlite data directory. */
export const StoreConfig = z.object({
  url: z.string().min(1).optional(),
  dataDir: z.string().min(1).optional(),
  /** Keep the embedded database in memory only (tests). */
  memory: z.boolean().optional(),
  /** Upsert the extractor's places, actors and outlets at start-up (default true). */
  syncLexicons: z.boolean().optional(),
});
export type StoreConfig = z.infer<typeof StoreConfig>;

export const DEFAULT_DATA_DIR = ".marsad/data";

const StoreEnv = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  MARSAD_DATA_DIR: z.string().min(1).optional(),
});

/** Reads `DATABASE_URL` and `MARSAD_DATA_DIR`: the only place the store looks at the environment. */
export function storeConfigFromEnv(env: Record<string, string | undefined> = process.env): StoreConfig {
  const parsed = StoreEnv.parse({ DATABASE_URL: env.DATABASE_URL || undefined, MARSAD_DATA_DIR: env.MARSAD_DATA_DIR || undefined });
  return parsed.DATABASE_URL ? { url: parsed.DATABASE_URL } : { dataDir: parsed.MARSAD_DATA_DIR ?? DEFAULT_DATA_DIR };
}
