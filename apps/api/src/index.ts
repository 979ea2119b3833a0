import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { createApp } from "./app";
import { clusterVersion, runPrimary } from "./cluster";
import { changeFeedVersion } from "./data/version";
import { extractPool } from "./extract-pool";
import { parseEnv } from "./env";
import { createLogger } from "./logger";
import { listen } from "./serve";
import { openSeededStore } from "./start";

const env = parseEnv(process.env);
const logger = createLogger(env.LOG_LEVEL);
const processes = env.MARSAD_PROCESSES ?? 1;

if (env.MARSAD_DIAGNOSTICS) {
  // Every process of a cluster answers for itself (and SIGUSR2 would otherwise end the process).
  process.on("SIGUSR2", () => {
    // The bench's memory figure: what is still reachable after a full collection, not what V8 has yet to collect.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
    const mb = (n: number) => Math.round(n / 1048576);
    const figures = { diagnostics: "memory", pid: process.pid, collected: gc !== undefined, rssMb: mb(rss), heapUsedMb: mb(heapUsed), externalMb: mb(external), arrayBuffersMb: mb(arrayBuffers) };
    process.stderr.write(`${JSON.stringify(figures)}\n`);
  });
}

if (processes > 1 && cluster.isPrimary) {
  await runPrimary(env, logger, processes);
} else {
  await serve();
}

async function serve() {
  const store = await openSeededStore(env, logger);
  // Extraction threads per process: the cores beyond the first when alone; one each when several processes share the cores.
  const workers = env.MARSAD_EXTRACT_WORKERS ?? (processes > 1 ? 1 : Math.max(0, availableParallelism() - 1));
  const pool = workers > 0 ? extractPool(workers) : undefined;
  const dataVersion = env.MARSAD_CACHE_TTL_MS > 0 ? clusterVersion(changeFeedVersion(store, { logger })) : undefined;
  const app = createApp({ env, logger, store, ...(pool ? { asyncExtractor: pool } : {}), ...(dataVersion ? { dataVersion } : {}) });
  const server = await listen(app, env.PORT, env.HOST);
  logger.info("listening", { url: server.url, docs: `${server.url}/docs`, extractWorkers: workers, pid: process.pid });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      logger.info("shutting down", { signal });
      void server
        .close()
        .then(() => pool?.close())
        .then(() => store.close())
        .then(() => process.exit(0));
    });
  }
}
