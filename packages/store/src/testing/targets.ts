import { randomBytes } from "node:crypto";
import pg from "pg";
import { forgetKnown } from "../known";
import { openStore, type Store } from "../store";

/** A database the store suites run against: PGlite always, PostgreSQL when reachable. */
export interface Target {
  name: "pglite" | "postgres";
  /** A fresh, empty store (its own in-memory PGlite, or its own PostgreSQL database), dropped on close. */
  open(): Promise<Store>;
}

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/test";

export function adminUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_URL;
}

/** Why the PostgreSQL server at `url` cannot be used, or null when it answers. */
export async function postgresProblem(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates a throw-away database on the server and returns its URL and a function that drops it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = adminUrl();
  const name = `marsad_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const pglite: Target = { name: "pglite", open: () => openStore({ memory: true, syncLexicons: false }) };

const postgres: Target = {
  name: "postgres",
  open: async () => {
    const database = await freshDatabase();
    const store = await openStore({ url: database.url, syncLexicons: false });
    return {
      ...store,
      close: async () => {
        await store.close();
        await database.drop();
      },
    };
  },
};

/** PGlite, plus PostgreSQL when the server answers; says so when it does not. */
export async function storeTargets(): Promise<Target[]> {
  const problem = await postgresProblem(adminUrl());
  if (problem === null) return [pglite, postgres];
  if (process.env.CI) throw new Error(`CI must test on PostgreSQL, but ${adminUrl()} is unreachable: ${problem}`);
  console.warn(`PostgreSQL at ${adminUrl()} unreachable (${problem}): store suites run on PGlite only.`);
  return [pglite];
}

/** Empties every table between tests, so one store per file serves all its tests (opening one costs seconds). */
export async function resetStore(store: Store): Promise<void> {
  await store.sql.executeSql(
    "truncate table figures, events, incidents, change_log, articles, places, actors, outlets restart identity cascade",
  );
  forgetKnown(store.db);
}
