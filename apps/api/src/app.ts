import { OpenAPIHono } from "@hono/zod-openapi";
import { createExtractor, type Extractor } from "@marsad/extract";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { etag } from "hono/etag";
import { requestId } from "hono/request-id";
import type { AppEnv } from "./context";
import type { Env } from "./env";
import { validationError } from "./errors";
import { createLogger, type Logger } from "./logger";
import { accessLog } from "./middleware/access-log";
import { identify, requireKey } from "./middleware/auth";
import { clientAddress } from "./middleware/client-address";
import { compress } from "./middleware/compress";
import { problemHandlers, throwPayloadTooLarge } from "./middleware/problems";
import { rateLimit } from "./middleware/rate-limit";
import { registerOpenApi } from "./openapi";
import { docsRoutes } from "./routes/docs/get";
import { extractRoutes } from "./routes/extract/post";
import { healthRoutes } from "./routes/health/get";
import { taxonomyRoutes } from "./routes/taxonomy/get";

export interface AppDeps {
  env: Env;
  logger?: Logger;
  extractor?: Extractor;
  /** Resolves true when the database answers; `/readyz` reports it. */
  ping?: () => Promise<boolean>;
}

const EXPOSED_HEADERS = [
  "Link",
  "ETag",
  "Retry-After",
  "X-Request-Id",
  "X-Total-Count",
  "RateLimit-Limit",
  "RateLimit-Remaining",
  "RateLimit-Reset",
  "RateLimit-Policy",
];

/** Builds the whole HTTP API; serving it is `index.ts`'s job, so tests and other hosts can mount it anywhere. */
export function createApp(deps: AppDeps) {
  const { env } = deps;
  const logger = deps.logger ?? createLogger(env.LOG_LEVEL);
  const extractor = deps.extractor ?? createExtractor();
  const ping = deps.ping ?? (async () => true);

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.target, result.error.issues);
    },
  });
  const { onError, notFound } = problemHandlers(logger);
  app.onError(onError);
  app.notFound(notFound);

  app.use("*", requestId({ headerName: "X-Request-Id" }));
  app.use("*", clientAddress(env.MARSAD_TRUST_PROXY));
  app.use("*", accessLog(logger));
  app.use(
    "*",
    cors({
      origin: env.MARSAD_CORS_ORIGINS.includes("*") ? "*" : env.MARSAD_CORS_ORIGINS,
      allowHeaders: ["Authorization", "Content-Type", "If-None-Match", "X-Request-Id"],
      allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
      exposeHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    }),
  );
  app.use("*", compress());
  app.use("*", async (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? etag({ weak: true })(c, next) : next()));
  app.use("*", identify(env.MARSAD_API_KEYS));
  app.use("/v1/*", rateLimit({ limit: env.MARSAD_RATE_LIMIT, windowSeconds: env.MARSAD_RATE_WINDOW_SECONDS }));
  if (env.MARSAD_READS_REQUIRE_KEY) app.use("/v1/*", requireKey(env.MARSAD_API_KEYS));
  app.use("*", bodyLimit({ maxSize: env.MARSAD_BODY_LIMIT, onError: throwPayloadTooLarge(env.MARSAD_BODY_LIMIT) }));

  const routes = app
    .route("/", healthRoutes(ping))
    .route("/", docsRoutes())
    .route("/", taxonomyRoutes())
    .route("/", extractRoutes(extractor, env.MARSAD_BODY_LIMIT));

  registerOpenApi(app);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
