import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
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

/**
 * Reads `DATABASE_URL` and `MARSAD_DATA_DIR`: the only place the store looks at the environment. Without either,
 * the data lives in `.marsad/data` at the workspace root (or the current directory outside a workspace).
 */
export function storeConfigFromEnv(env: Record<string, string | undefined> = process.env): StoreConfig {
  const parsed = StoreEnv.parse({ DATABASE_URL: env.DATABASE_URL || undefined, MARSAD_DATA_DIR: env.MARSAD_DATA_DIR || undefined });
  if (parsed.DATABASE_URL) return { url: parsed.DATABASE_URL };
  const cwd = env.INIT_CWD || process.cwd();
  if (parsed.MARSAD_DATA_DIR) return { dataDir: isAbsolute(parsed.MARSAD_DATA_DIR) ? parsed.MARSAD_DATA_DIR : resolve(cwd, parsed.MARSAD_DATA_DIR) };
  return { dataDir: join(workspaceRoot(cwd), DEFAULT_DATA_DIR) };
}

/** The monorepo root (where `pnpm-workspace.yaml` is), so the CLI, the API and `pnpm dev` share one data directory. */
export function workspaceRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

/** The default data directory given as is (relative) means the workspace root's, whatever the process's directory. */
export function resolveDataDir(dataDir: string, env: Record<string, string | undefined> = process.env): string {
  if (dataDir !== DEFAULT_DATA_DIR) return dataDir;
  return join(workspaceRoot(env.INIT_CWD || process.cwd()), DEFAULT_DATA_DIR);
}
