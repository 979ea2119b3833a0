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
