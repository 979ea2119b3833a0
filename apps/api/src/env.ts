import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const list = z.string().transform((value) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== ""),
);

/** One API key: `label:secret` names the key in logs (the secret never appears), a bare secret is labelled by position. */
export interface ApiKey {
  label: string;
  secret: string;
}

const apiKeys = list.transform((items, ctx): ApiKey[] =>
  items.map((item, index) => {
    const colon = item.indexOf(":");
    const key = colon > 0 ? { label: item.slice(0, colon), secret: item.slice(colon + 1) } : { label: `key${index + 1}`, secret: item };
    if (key.secret.length < 16) {
      ctx.addIssue({ code: "custom", message: `API key "${key.label}" is shorter than 16 characters; use a long random secret.` });
    }
    return key;
  }),
);

export const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Comma-separated `label:secret` pairs (or bare secrets) accepted as `Authorization: Bearer <secret>`. */
  MARSAD_API_KEYS: apiKeys.default([]),
  /** Close read endpoints to requests without a key. */
  MARSAD_READS_REQUIRE_KEY: flag.default(false),
  /** Requests per window per key (or per client address without a key); 0 turns rate limiting off. */
  MARSAD_RATE_LIMIT: z.coerce.number().int().nonnegative().default(600),
  MARSAD_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  /** Largest accepted request body in bytes. */
  MARSAD_BODY_LIMIT: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  /**
   * Longest life of a cached public GET answer in milliseconds; 0 turns the response cache off. Answers are also
   * dropped as soon as the data changes (writes through this process, or the change feed, looked at once a second).
   */
  MARSAD_CACHE_TTL_MS: z.coerce.number().int().nonnegative().default(30_000),
  /**
   * Server processes sharing the port (node:cluster), so reads use every core; above 1 needs DATABASE_URL.
   * Unset: one process.
   */
  MARSAD_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
  /** Worker threads for extraction per process; unset: one per core beyond the first, or one per process in a cluster (0 extracts on the main thread). */
  MARSAD_EXTRACT_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  /** Most articles accepted in one ingestion batch. */
  MARSAD_BATCH_LIMIT: z.coerce.number().int().positive().default(500),
  /** `*` or comma-separated origins allowed by CORS. */
  MARSAD_CORS_ORIGINS: list.default(["*"]),
  /** Take the client address from `X-Forwarded-For` (only behind a proxy you trust). */
  MARSAD_TRUST_PROXY: flag.default(false),
  /** PostgreSQL connection string; the embedded PGlite database is used when absent. */
  DATABASE_URL: z.string().url().optional(),
  MARSAD_DATA_DIR: z.string().optional(),
  /** Ingest the seed articles when the database is empty. */
  MARSAD_SEED: flag.default(true),
  /** Where the seed articles are (default: the repository's `seeds/`). */
  MARSAD_SEEDS_DIR: z.string().optional(),
  /** On SIGUSR2, print the process's memory after a full GC (when started with --expose-gc) to stderr: for benches. */
  MARSAD_DIAGNOSTICS: flag.default(false),
});
export type Env = z.infer<typeof Env>;

export class EnvError extends Error {
  override readonly name = "EnvError";
}

/** Parses the environment once at start-up; a bad value stops the process with every problem listed. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const blanksRemoved = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = Env.safeParse(blanksRemoved);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** The defaults, for tests and embedding: production code calls `parseEnv(process.env)`. */
export function defaultEnv(overrides: Partial<Env> = {}): Env {
  return { ...Env.parse({}), ...overrides };
}
