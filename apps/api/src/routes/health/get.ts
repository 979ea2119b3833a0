import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import { ApiError, problemResponse } from "../../errors";
import { noStore } from "../../middleware/cache";

const Health = z.object({ status: z.literal("ok") }).openapi("Health");

const healthz = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Operations"],
  summary: "Liveness: the process answers",
  middleware: [noStore] as const,
  responses: { 200: { description: "Alive", content: { "application/json": { schema: Health } } } },
});

const readyz = createRoute({
  method: "get",
  path: "/readyz",
  tags: ["Operations"],
  summary: "Readiness: the database answers",
  middleware: [noStore] as const,
  responses: {
    200: { description: "Ready to serve", content: { "application/json": { schema: Health } } },
    503: problemResponse("The database is not reachable"),
  },
});

/** `ping` resolves when the database answers and rejects (or resolves false) when it does not. */
export function healthRoutes(ping: () => Promise<boolean>) {
  return new OpenAPIHono<AppEnv>()
    .openapi(healthz, (c) => c.json({ status: "ok" as const }, 200))
    .openapi(readyz, async (c) => {
      let reachable = false;
      try {
        reachable = await ping();
      } catch (error) {
        c.var.logger.warn("readiness check failed", { requestId: c.var.requestId, error: String(error) });
      }
      if (!reachable) throw new ApiError(503, "unavailable", "The database is not reachable.", { headers: { "Retry-After": "5" } });
      return c.json({ status: "ok" as const }, 200);
    });
}
