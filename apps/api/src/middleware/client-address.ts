import { getConnInfo } from "@hono/node-server/conninfo";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";

/** The client's address: the socket's, or the first `X-Forwarded-For` hop when a trusted proxy sets it. */
export function clientAddress(trustProxy: boolean) {
  return createMiddleware<AppEnv>(async (c, next) => {
    let address = "unknown";
    const forwarded = trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
    if (forwarded) {
      address = forwarded;
    } else {
      try {
        address = getConnInfo(c).remote.address ?? "unknown";
      } catch {
        // No Node socket (app.request() in unit tests): keep "unknown".
      }
    }
    c.set("clientAddress", address);
    await next();
  });
}
