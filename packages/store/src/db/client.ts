import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { z } from "zod";
import type { StoreConfig } from "../env";
import * as schema from "./schema";

export type Schema = typeof schema;
/** One drizzle type for both drivers: queries are written once. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** A plain SQL runner over the same connection(s), for libraries that bring their own SQL (the job queue). */
export interface SqlRunner {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export interface Connection {
  readonly kind: "pglite" | "postgres";
  readonly db: Db;
  readonly sql: SqlRunner;
  /** The PostgreSQL URL when on a server (the job queue opens its own pool there). */
  readonly url: string | null;
  close(): Promise<void>;
}

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "migrations");

/** Opens the database and applies the committed migrations. */
export async function connect(config: StoreConfig): Promise<Connection> {
  if (config.url) return connectPostgres(config.url);
  return connectPglite(config.memory ? undefined : config.dataDir);
}

async function connectPostgres(url: string): Promise<Connection> {
  // JIT compiles a plan when its estimated cost is high; for short statements on small row sets (refreshing an
  // incident) a misestimate made it cost ~170 ms per statement. Marsad's queries are short: no JIT.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c jit=off" });
  // An idle connection cut by the server (restart, dropped database) must not crash the process: the pool replaces it.
  pool.on("error", (error) => process.stderr.write(`database connection lost: ${error.message}\n`));
  const db = drizzleNodePg(pool, { schema });
  try {
    await migrateNodePg(db, { migrationsFolder: MIGRATIONS });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    kind: "postgres",
    db,
    url,
    sql: { executeSql: async (text, values) => pool.query(text, values) },
    close: () => pool.end(),
  };
}

async function connectPglite(dataDir: string | undefined): Promise<Connection> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ?? "memory://", { extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS });
  return {
    kind: "pglite",
    db,
    url: null,
    sql: {
      executeSql: async (text, values) => {
        // Without parameters a text may hold several statements (the job queue's schema), which only `exec` runs.
        if (!values || values.length === 0) {
          const results = await client.exec(text);
          return { rows: Rows.parse(results.at(-1)?.rows ?? []) };
        }
        const result = await client.query<Record<string, unknown>>(text, values);
        return { rows: result.rows };
      },
    },
    close: () => client.close(),
  };
}

const Rows = z.array(z.record(z.string(), z.unknown()));
const ExecuteResult = z.object({ rows: Rows });

/** Runs a raw SQL statement and returns its rows (both drivers answer with `{ rows }`). */
export async function rowsOf(db: Db, query: SQL): Promise<Record<string, unknown>[]> {
  return ExecuteResult.parse(await db.execute(query)).rows;
}
