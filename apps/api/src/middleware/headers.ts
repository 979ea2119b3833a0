import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";

/*
 * Request ids and CORS set their headers on the final response, after the rest has run. Hono's own middlewares
 * set them before, on a placeholder response, which makes Hono copy the whole response (body stream included) each
 * time a later layer replaces it: measurable on a cache hit that is otherwise a map lookup.
 */

const WELL_FORMED_ID = /^[\w\-=]{1,255}$/;

/** `X-Request-Id`: the caller's when well-formed, else a new UUID; in `c.var.requestId` and on every answer. */
export const requestIds = createMiddleware<AppEnv>(async (c, next) => {
  const sent = c.req.header("x-request-id");
  const id = sent !== undefined && WELL_FORMED_ID.test(sent) ? sent : crypto.randomUUID();
  c.set("requestId", id);
  await next();
  c.res.headers.set("X-Request-Id", id);
});

export interface CorsOptions {
  /** `["*"]` for any origin, else the exact origins allowed. */
  origins: readonly string[];
  allowHeaders: readonly string[];
  allowMethods: readonly string[];
  exposeHeaders: readonly string[];
  maxAgeSeconds: number;
}

/** CORS for a public API: simple requests get the allow/expose headers; preflights are answered here with 204. */
export function corsHeaders(options: CorsOptions) {
  const any = options.origins.includes("*");
  const expose = options.exposeHeaders.join(",");
  const allowHeaders = options.allowHeaders.join(",");
  const allowMethods = options.allowMethods.join(",");
  const allowedOrigin = (origin: string | undefined): string | null => (any ? "*" : origin !== undefined && options.origins.includes(origin) ? origin : null);

  return createMiddleware<AppEnv>(async (c, next) => {
    const origin = allowedOrigin(c.req.header("origin"));
    if (c.req.method === "OPTIONS") {
      const headers: Record<string, string> = {
        "Access-Control-Max-Age": String(options.maxAgeSeconds),
        "Access-Control-Allow-Methods": allowMethods,
        "Access-Control-Allow-Headers": allowHeaders,
        "Access-Control-Expose-Headers": expose,
        Vary: any ? "Access-Control-Request-Headers" : "Origin, Access-Control-Request-Headers",
      };
      if (origin) headers["Access-Control-Allow-Origin"] = origin;
      c.res = new Response(null, { status: 204, headers });
      return;
    }
    await next();
    const headers = c.res.headers;
    if (origin) headers.set("Access-Control-Allow-Origin", origin);
    headers.set("Access-Control-Expose-Headers", expose);
    if (!any) headers.append("Vary", "Origin");
  });
}
