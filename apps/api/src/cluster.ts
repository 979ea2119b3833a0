import cluster, { type Worker } from "node:cluster";
import type { DataVersion } from "./data/version";
import { type Env, EnvError } from "./env";
import type { Logger } from "./logger";
import { openSeededStore } from "./start";

const DATA_CHANGED = "marsad:data-changed";
/** A server process that dies sooner than this after its start counts as failing to start. */
const QUICK_EXIT_MS = 10_000;
const MAX_QUICK_EXITS = 5;

function isDataChanged(message: unknown): boolean {
  return typeof message === "object" && message !== null && "type" in message && message.type === DATA_CHANGED;
}

/**
 * The primary of `MARSAD_PROCESSES` server processes sharing one port (node:cluster; Node hands connections to
 * them in turn), so reads use every core. It prepares the database once (migrations, seeds) before they start, relays
 * "data changed" between them so a write through one empties every process's response cache at once, restarts a
 * process that dies, and stops them all on SIGINT/SIGTERM.
 */
export async function runPrimary(env: Env, logger: Logger, processes: number): Promise<void> {
  if (!env.DATABASE_URL) throw new EnvError("MARSAD_PROCESSES above 1 needs DATABASE_URL: the embedded database can be open in one process only.");
  const store = await openSeededStore(env, logger);
  await store.close();

  let stopping = false;
  let quickExits = 0;
  const started = new Map<Worker, number>();
  const fork = () => {
    // Seeds are done: the servers must not each try again.
    const worker = cluster.fork({ MARSAD_SEED: "false" });
    started.set(worker, Date.now());
    worker.on("message", (message: unknown) => {
      if (!isDataChanged(message)) return;
      for (const other of Object.values(cluster.workers ?? {})) {
        if (other && other !== worker && other.isConnected()) other.send({ type: DATA_CHANGED });
      }
    });
  };
  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (started.get(worker) ?? 0);
    started.delete(worker);
    if (stopping) {
      if (started.size === 0) process.exit(0);
      return;
    }
    logger.error("server process exited", { pid: worker.process.pid, code, signal, livedMs: lived });
    if (lived < QUICK_EXIT_MS && ++quickExits >= MAX_QUICK_EXITS) {
      logger.error("server processes keep failing to start; stopping", { quickExits });
      process.exit(1);
    }
    fork();
  });
  for (let i = 0; i < processes; i++) fork();
  logger.info("cluster started", { processes, pid: process.pid });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopping = true;
      logger.info("shutting down", { signal, processes: started.size });
      if (started.size === 0) process.exit(0);
      for (const worker of started.keys()) worker.process.kill("SIGTERM");
    });
  }
}

/**
 * A server process's data version, shared with its siblings: a write through this process tells the primary, which
 * tells the others; their own writes arrive the same way. Changes made outside the cluster still come from the change feed.
 */
export function clusterVersion(inner: DataVersion): DataVersion {
  if (!cluster.isWorker || !process.send) return inner;
  process.on("message", (message: unknown) => {
    if (isDataChanged(message)) inner.changed();
  });
  return {
    ...inner,
    changed: () => {
      inner.changed();
      process.send?.({ type: DATA_CHANGED });
    },
  };
}
