import { createMiddleware } from "hono/factory";

/** `Cache-Control` for a successful GET; errors and writes stay uncached. */
export function cacheFor(seconds: number, staleSeconds = seconds) {
  return createMiddleware(async (c, next) => {
    await next();
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.res.status !== 200 || c.res.headers.has("cache-control")) return;
    c.res.headers.set("Cache-Control", `public, max-age=${seconds}, stale-while-revalidate=${staleSeconds}`);
  });
}

export const noStore = createMiddleware(async (c, next) => {
  await next();
  c.res.headers.set("Cache-Control", "no-store");
});
