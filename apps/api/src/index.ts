import { availableParallelism } from "node:os";
import { createApp } from "./app";
import { extractPool } from "./extract-pool";
import { parseEnv } from "./env";
import { createLogger } from "./logger";
import { listen } from "./serve";
import { openSeededStore } from "./start";

const env = parseEnv(process.env);
const logger = createLogger(env.LOG_LEVEL);
const store = await openSeededStore(env, logger);
const workers = env.MARSAD_EXTRACT_WORKERS ?? Math.max(0, availableParallelism() - 1);
const pool = workers > 0 ? extractPool(workers) : undefined;
const app = createApp({ env, logger, store, ...(pool ? { asyncExtractor: pool } : {}) });
const server = await listen(app, env.PORT, env.HOST);
logger.info("listening", { url: server.url, docs: `${server.url}/docs`, extractWorkers: workers });

if (env.MARSAD_DIAGNOSTICS) {
  process.on("SIGUSR2", () => {
    // The bench's memory figure: what is still reachable after a full collection, not what V8 has yet to collect.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
    const mb = (n: number) => Math.round(n / 1048576);
    process.stderr.write(
      `${JSON.stringify({ diagnostics: "memory", pid: process.pid, collected: gc !== undefined, rssMb: mb(rss), heapUsedMb: mb(heapUsed), externalMb: mb(external), arrayBuffersMb: mb(arrayBuffers) })}\n`,
    );
  });
}

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
