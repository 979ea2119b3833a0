import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { ensureSeeded, openStore, type Store } from "@marsad/store";
import pg from "pg";
import type { Env } from "../env";
import { startTestServer, type TestServer } from "./server";

export const SEEDS_DIR = fileURLToPath(new URL("../../../../seeds", import.meta.url));
const ADMIN_URL = "postgres://postgres@127.0.0.1:5432/test";

/** A database the API suites run against: PGlite always, PostgreSQL when the local server answers. */
export interface Target {
  name: "pglite" | "postgres";
  open(): Promise<{ store: Store; drop: () => Promise<void> }>;
}

async function unreachable(url: string): Promise<string | null> {
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

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const pglite: Target = {
  name: "pglite",
  open: async () => ({ store: await openStore({ memory: true }), drop: async () => undefined }),
};

/** Each test file gets its own database, so parallel files never see each other's rows. */
const postgres: Target = {
  name: "postgres",
  open: async () => {
    const name = `marsad_api_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    await adminQuery(`create database ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const store = await openStore({ url: url.toString() });
    return { store, drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
  },
};

export async function targets(): Promise<Target[]> {
  const problem = await unreachable(ADMIN_URL);
  if (problem === null) return [pglite, postgres];
  console.warn(`PostgreSQL at ${ADMIN_URL} unreachable (${problem}): API data suites run on PGlite only.`);
  return [pglite];
}

export interface SeededServer extends TestServer {
  store: Store;
  stop(): Promise<void>;
}

/** A store holding the five seed articles, served over HTTP on a free port. */
export async function seededServer(target: Target, env: Partial<Env> = {}): Promise<SeededServer> {
  const { store, drop } = await target.open();
  const seeded = await ensureSeeded(store, SEEDS_DIR);
  if (seeded.errors.length > 0) throw new Error(`seeds failed: ${seeded.errors.join("; ")}`);
  const server = await startTestServer(env, { store });
  return {
    ...server,
    store,
    stop: async () => {
      await server.close();
      await store.close();
      await drop();
    },
  };
}
