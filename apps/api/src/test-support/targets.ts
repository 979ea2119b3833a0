import { fileURLToPath } from "node:url";
import { ensureSeeded, openStore, type Store } from "@marsad/store";
import { adminUrl, freshDatabase, postgresProblem } from "@marsad/store/testing";
import type { AppDeps } from "../app";
import type { Env } from "../env";
import { startTestServer, type TestServer } from "./server";

export const SEEDS_DIR = fileURLToPath(new URL("../../../../seeds", import.meta.url));

/** A database the API suites run against: PGlite always, PostgreSQL when the local server answers. */
export interface Target {
  name: "pglite" | "postgres";
  open(): Promise<{ store: Store; drop: () => Promise<void> }>;
}

const pglite: Target = {
  name: "pglite",
  open: async () => ({ store: await openStore({ memory: true }), drop: async () => undefined }),
};

/** Each test file gets its own database, so parallel files never see each other's rows. */
const postgres: Target = {
  name: "postgres",
  open: async () => {
    const database = await freshDatabase();
    const store = await openStore({ url: database.url });
    return { store, drop: database.drop };
  },
};

export async function targets(): Promise<Target[]> {
  const problem = await postgresProblem(adminUrl());
  if (problem === null) return [pglite, postgres];
  console.warn(`PostgreSQL at ${adminUrl()} unreachable (${problem}): API data suites run on PGlite only.`);
  return [pglite];
}

export interface SeededServer extends TestServer {
  store: Store;
  stop(): Promise<void>;
}

/** A store holding the five seed articles, served over HTTP on a free port. */
export async function seededServer(
  target: Target,
  env: Partial<Env> = {},
  deps: (store: Store) => Partial<Omit<AppDeps, "env" | "store">> = () => ({}),
): Promise<SeededServer> {
  const { store, drop } = await target.open();
  const seeded = await ensureSeeded(store, SEEDS_DIR);
  if (seeded.errors.length > 0) throw new Error(`seeds failed: ${seeded.errors.join("; ")}`);
  const server = await startTestServer(env, { store, ...deps(store) });
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
