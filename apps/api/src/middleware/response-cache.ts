import { createMiddleware } from "hono/factory";

export interface ResponseCacheOptions {
  /** How long a GET answer is reused; 0 turns the cache off. */
  ttlMs: number;
  /** Upper bound on the bytes kept. */
  maxBytes?: number;
  now?: () => number;
}

interface Entry {
  body: ArrayBuffer;
  headers: [string, string][];
  expires: number;
}

const KEPT_HEADERS = ["content-type", "cache-control", "link", "x-total-count", "content-disposition", "content-security-policy"];
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/**
 * A short-lived cache of successful public GET answers ("micro-caching"): identical requests within `ttlMs` share
 * one database query. Staleness is bounded by the TTL, well inside the `max-age` the API already advertises;
 * writes through this process clear it at once. Answers marked `no-store` are never kept.
 */
export function responseCache({ ttlMs, maxBytes = 32 * 1024 * 1024, now = Date.now }: ResponseCacheOptions) {
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.byteLength;
    entries.delete(key);
  };
  const clear = () => {
    entries.clear();
    bytes = 0;
  };

  const middleware = createMiddleware(async (c, next) => {
    if (ttlMs === 0 || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
    if (c.req.method !== "GET") {
      await next();
      // Any successful write may change what reads return.
      if (c.res.status < 400 && c.req.path !== "/v1/extract") clear();
      return;
    }
    if (c.req.header("cache-control")?.includes("no-cache")) return next();
    const key = `${c.req.url}\u0000${c.req.header("accept") ?? ""}`;
    const time = now();
    const hit = entries.get(key);
    if (hit && hit.expires > time) {
      // Refresh its place so the oldest-used entries go first when space runs out.
      entries.delete(key);
      entries.set(key, hit);
      c.res = new Response(hit.body.slice(0), { status: 200, headers: [...hit.headers, ["X-Cache", "hit"]] });
      return;
    }
    if (hit) drop(key);
    await next();
    const res = c.res;
    if (res.status !== 200 || res.headers.get("cache-control")?.includes("no-store")) return;
    const body = await res.arrayBuffer();
    c.res = new Response(body, res);
    if (body.byteLength > MAX_ENTRY_BYTES) return;
    const headers = KEPT_HEADERS.flatMap((name): [string, string][] => {
      const value = res.headers.get(name);
      return value === null ? [] : [[name, value]];
    });
    entries.set(key, { body, headers, expires: time + ttlMs });
    bytes += body.byteLength;
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  });
  return Object.assign(middleware, { clear, size: () => entries.size });
}
