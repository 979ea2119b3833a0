import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";
import { ApiError } from "../errors";

export interface RateLimitOptions {
  limit: number;
  windowSeconds: number;
  now?: () => number;
}

interface Window {
  start: number;
  count: number;
}

/**
 * Fixed-window counter per API key (or per client address without one), in memory: one process serves one
 * limit. Headers follow the IETF RateLimit draft: `RateLimit-Limit`, `-Remaining`, `-Reset`, `RateLimit-Policy`.
 */
export function rateLimit({ limit, windowSeconds, now = Date.now }: RateLimitOptions) {
  const windows = new Map<string, Window>();
  const windowMs = windowSeconds * 1000;
  let lastSweep = now();

  // Drop finished windows so the map does not grow with every client ever seen.
  const sweep = (time: number) => {
    if (time - lastSweep < windowMs) return;
    lastSweep = time;
    for (const [key, window] of windows) {
      if (time - window.start >= windowMs) windows.delete(key);
    }
  };

  return createMiddleware<AppEnv>(async (c, next) => {
    if (limit === 0) return next();
    const time = now();
    sweep(time);
    const key = c.var.principal ? `key:${c.var.principal.keyLabel}` : `ip:${c.var.clientAddress}`;
    let window = windows.get(key);
    if (!window || time - window.start >= windowMs) {
      window = { start: time, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    const reset = Math.max(1, Math.ceil((window.start + windowMs - time) / 1000));
    const headers = {
      "RateLimit-Limit": String(limit),
      "RateLimit-Remaining": String(Math.max(0, limit - window.count)),
      "RateLimit-Reset": String(reset),
      "RateLimit-Policy": `${limit};w=${windowSeconds}`,
    };
    if (window.count > limit) {
      throw new ApiError(429, "rate_limited", `More than ${limit} requests in ${windowSeconds} s; retry in ${reset} s.`, {
        headers: { ...headers, "Retry-After": String(reset) },
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });
}
