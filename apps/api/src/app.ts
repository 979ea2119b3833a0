import { OpenAPIHono } from "@hono/zod-openapi";
import { createExtractor, type Extractor } from "@marsad/extract";
import type { Store } from "@marsad/store";
import type { AppEnv } from "./context";
import { type AsyncExtractor, inlineExtractor } from "./extract-pool";
import type { DataDeps } from "./data/deps";
import { changeFeedVersion, type DataVersion, localVersion } from "./data/version";
import { defaultReference, type Reference } from "./data/reference";
import type { Env } from "./env";
import { validationError } from "./errors";
import { createLogger, type Logger } from "./logger";
import { accessLog } from "./middleware/access-log";
import { identify, rejectInvalidKey, requireKey } from "./middleware/auth";
import { limitBody } from "./middleware/body";
import { clientAddress } from "./middleware/client-address";
import { corsHeaders, requestIds } from "./middleware/headers";
import { problemHandlers, throwPayloadTooLarge } from "./middleware/problems";
import { rateLimit } from "./middleware/rate-limit";
import { representations } from "./middleware/representations";
import { registerOpenApi } from "./openapi";
import { actorGetRoutes } from "./routes/actors/get";
import { actorListRoutes } from "./routes/actors/list";
import { articleGetRoutes } from "./routes/articles/get";
import { articleListRoutes } from "./routes/articles/list";
import { articlePostRoutes } from "./routes/articles/post";
import { articleReextractRoutes } from "./routes/articles/reextract";
import { changeRoutes } from "./routes/changes/list";
import { docsRoutes } from "./routes/docs/get";
import { eventGetRoutes } from "./routes/events/get";
import { eventListRoutes } from "./routes/events/list";
import { extractRoutes } from "./routes/extract/post";
import { healthRoutes } from "./routes/health/get";
import { incidentGetRoutes } from "./routes/incidents/get";
import { incidentListRoutes } from "./routes/incidents/list";
import { metaRoutes } from "./routes/meta/get";
import { placeGetRoutes } from "./routes/places/get";
import { placeListRoutes } from "./routes/places/list";
import { statsRoutes } from "./routes/stats/get";
import { taxonomyRoutes } from "./routes/taxonomy/get";

export interface AppDeps {
  env: Env;
  logger?: Logger;
  extractor?: Extractor;
  /** Extraction off the event loop (a worker pool); defaults to `extractor` run inline. */
  asyncExtractor?: AsyncExtractor;
  /** The database; without one, only extraction and reference data are served (data routes answer 503). */
  store?: Store | null;
  reference?: Reference;
  /** Resolves true when the database answers; `/readyz` reports it. Defaults to a query on the store. */
  ping?: () => Promise<boolean>;
  /** What the response cache checks answers against; defaults to the store's change feed (with a store and a cache). */
  dataVersion?: DataVersion;
}

const pingStore = (store: Store | null) => async (): Promise<boolean> => {
  if (!store) return false;
  await store.sql.executeSql("select 1");
  return true;
};

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
  const extractor = deps.asyncExtractor ?? inlineExtractor(deps.extractor ?? createExtractor());
  const store = deps.store ?? null;
  const ping = deps.ping ?? pingStore(store);
  const data: DataDeps = { store, reference: deps.reference ?? defaultReference(), extractor, env };

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.target, result.error.issues);
    },
  });
  const { onError, notFound } = problemHandlers(logger);
  app.onError(onError);
  app.notFound(notFound);

  app.use("*", requestIds);
  app.use("*", clientAddress(env.MARSAD_TRUST_PROXY));
  app.use("*", accessLog(logger));
  app.use(
    "*",
    corsHeaders({
      origins: env.MARSAD_CORS_ORIGINS,
      allowHeaders: ["Authorization", "Content-Type", "If-None-Match", "X-Request-Id"],
      allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
      exposeHeaders: EXPOSED_HEADERS,
      maxAgeSeconds: 600,
    }),
  );
  app.use("*", identify(env.MARSAD_API_KEYS));
  app.use("/v1/*", rateLimit({ limit: env.MARSAD_RATE_LIMIT, windowSeconds: env.MARSAD_RATE_WINDOW_SECONDS }));
  app.use("*", rejectInvalidKey);
  if (env.MARSAD_READS_REQUIRE_KEY) app.use("/v1/*", requireKey(env.MARSAD_API_KEYS));
  // ETag, compression and the response cache; the cache follows the store's change feed when there is a store.
  const version = deps.dataVersion ?? (store && env.MARSAD_CACHE_TTL_MS > 0 ? changeFeedVersion(store, { logger }) : localVersion());
  app.use("*", representations({ ttlMs: env.MARSAD_CACHE_TTL_MS, version }));
  // Find where the feed stands before the first read needs it.
  void version.refresh();
  app.use("*", limitBody(env.MARSAD_BODY_LIMIT, throwPayloadTooLarge(env.MARSAD_BODY_LIMIT)));

  const routes = app
    .route("/", healthRoutes(ping))
    .route("/", docsRoutes())
    .route("/", taxonomyRoutes())
    .route("/", extractRoutes(extractor, env.MARSAD_BODY_LIMIT))
    .route("/", articlePostRoutes(data))
    .route("/", articleListRoutes(data))
    .route("/", articleGetRoutes(data))
    .route("/", articleReextractRoutes(data))
    .route("/", eventListRoutes(data))
    .route("/", eventGetRoutes(data))
    .route("/", incidentListRoutes(data))
    .route("/", incidentGetRoutes(data))
    .route("/", placeListRoutes(data))
    .route("/", placeGetRoutes(data))
    .route("/", actorListRoutes(data))
    .route("/", actorGetRoutes(data))
    .route("/", statsRoutes(data))
    .route("/", metaRoutes(data))
    .route("/", changeRoutes(data));

  registerOpenApi(app);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
