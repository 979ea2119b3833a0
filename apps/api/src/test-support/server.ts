import { createApp, type AppDeps } from "../app";
import { defaultEnv, type Env } from "../env";
import { memoryLogger } from "../logger";
import { listen, type RunningServer } from "../serve";

export const TEST_KEY = "test-key-0123456789abcdef";

export interface TestServer extends RunningServer {
  logLines: string[];
}

/** The app served on a free loopback port, with a test key; rate limiting and the micro-cache off unless a test asks. */
export async function startTestServer(env: Partial<Env> = {}, deps: Partial<Omit<AppDeps, "env">> = {}): Promise<TestServer> {
  const logger = memoryLogger();
  const app = createApp({
    env: defaultEnv({ MARSAD_API_KEYS: [{ label: "tests", secret: TEST_KEY }], MARSAD_RATE_LIMIT: 0, MARSAD_CACHE_TTL_MS: 0, ...env }),
    logger,
    ...deps,
  });
  const server = await listen(app, 0);
  return { ...server, logLines: logger.lines };
}

export const authHeader = { Authorization: `Bearer ${TEST_KEY}` };
