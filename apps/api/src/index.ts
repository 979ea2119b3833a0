import { createApp } from "./app";
import { parseEnv } from "./env";
import { createLogger } from "./logger";
import { listen } from "./serve";
import { openSeededStore } from "./start";

const env = parseEnv(process.env);
const logger = createLogger(env.LOG_LEVEL);
const store = await openSeededStore(env, logger);
const app = createApp({ env, logger, store });
const server = await listen(app, env.PORT, env.HOST);
logger.info("listening", { url: server.url, docs: `${server.url}/docs` });

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    logger.info("shutting down", { signal });
    void server
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}
