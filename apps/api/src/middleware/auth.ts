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

/**
 * Reads the bearer key when there is one. A malformed or unknown key is not rejected here but recorded, so the
 * rate limiter (which runs next) counts the attempt against the client's address before `rejectInvalidKey` answers 401:
 * guessing keys is throttled like any other traffic.
 */
export function identify(keys: readonly ApiKey[]) {
  const match = keyMatcher(keys);
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("authorization");
    c.set("principal", null);
    c.set("authFailure", null);
    if (header !== undefined) {
      const token = bearerToken(header);
      const principal = token === null ? null : match(token);
      if (principal) c.set("principal", principal);
      else c.set("authFailure", token === null ? "malformed" : "invalid");
    }
    await next();
  });
}

/** Answers 401 for a key `identify` could not match, even on public routes (a wrong key is a client bug worth surfacing). */
export const rejectInvalidKey = createMiddleware<AppEnv>(async (c, next) => {
  const failure = c.var.authFailure;
  if (failure === "malformed") {
    throw new ApiError(401, "unauthorized", "The Authorization header must be `Bearer <API key>`.", {
      headers: { "WWW-Authenticate": 'Bearer realm="marsad"' },
    });
  }
  if (failure === "invalid") {
    throw new ApiError(401, "unauthorized", "The API key is not valid.", {
      headers: { "WWW-Authenticate": 'Bearer realm="marsad", error="invalid_token"' },
    });
  }
  await next();
});

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
