import { createHash, timingSafeEqual } from "node:crypto";
import { createMiddleware } from "hono/factory";
import type { AppEnv, Principal } from "../context";
import type { ApiKey } from "../env";
import { ApiError } from "../errors";

const digest = (value: string): Buffer => createHash("sha256").update(value, "utf8").digest();

/**
 * Finds the key a bearer token matches. Both sides are hashed to equal length and every key is compared,
 * so timing reveals neither the key's length nor which key (or how much of it) matched.
 */
export function keyMatcher(keys: readonly ApiKey[]): (token: string) => Principal | null {
  const hashed = keys.map((key) => ({ label: key.label, hash: digest(key.secret) }));
  return (token) => {
    const candidate = digest(token);
    let found: Principal | null = null;
    for (const key of hashed) {
      if (timingSafeEqual(candidate, key.hash) && found === null) found = { keyLabel: key.label };
    }
    return found;
  };
}

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** Reads the bearer key when there is one; an invalid key is rejected even on public routes. */
export function identify(keys: readonly ApiKey[]) {
  const match = keyMatcher(keys);
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("authorization");
    c.set("principal", null);
    if (header !== undefined) {
      const token = bearerToken(header);
      if (token === null) {
        throw new ApiError(401, "unauthorized", "The Authorization header must be `Bearer <API key>`.", {
          headers: { "WWW-Authenticate": 'Bearer realm="marsad"' },
        });
      }
      const principal = match(token);
      if (principal === null) {
        throw new ApiError(401, "unauthorized", "The API key is not valid.", {
          headers: { "WWW-Authenticate": 'Bearer realm="marsad", error="invalid_token"' },
        });
      }
      c.set("principal", principal);
    }
    await next();
  });
}

/** Rejects requests without a valid key (after `identify`). */
export function requireKey(keys: readonly ApiKey[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.var.principal === null) {
      const detail =
        keys.length === 0
          ? "This endpoint needs an API key, and this server has none configured: set MARSAD_API_KEYS."
          : "This endpoint needs an API key: send `Authorization: Bearer <API key>`.";
      throw new ApiError(401, "unauthorized", detail, { headers: { "WWW-Authenticate": 'Bearer realm="marsad"' } });
    }
    await next();
  });
}
