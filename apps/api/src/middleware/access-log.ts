import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";
import type { Logger } from "../logger";

/** One structured line per request. Headers are never logged, so API keys cannot leak into logs. */
export function accessLog(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    c.set("logger", logger);
    await next();
    const status = c.res.status;
    const fields = {
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      client: c.var.clientAddress,
      key: c.var.principal?.keyLabel ?? null,
    };
    if (status >= 500) logger.error("request", fields);
    else logger.info("request", fields);
  });
}
