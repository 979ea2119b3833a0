import type { IncomingMessage } from "node:http";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";

/**
 * Hono's body limit, but deciding from `Content-Length` without asking for the body: on Node, reading
 * `c.req.raw.body` builds a full web Request with a stream over the socket, which a route reading the body
 * (or a GET, which has none) then pays for. Bodies without a length (chunked) go through Hono's counting reader.
 */
export function limitBody(maxSize: number, onError: (c: Context) => never): MiddlewareHandler {
  const counting = bodyLimit({ maxSize, onError });
  return createMiddleware(async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const length = c.req.header("content-length");
    if (length !== undefined && c.req.header("transfer-encoding") === undefined) {
      if (Number.parseInt(length, 10) > maxSize) onError(c);
      return next();
    }
    return counting(c, next);
  });
}

/** The Node request behind a Hono context when served by @hono/node-server and its body has not been touched. */
function untouchedIncoming(c: Context): IncomingMessage | null {
  const env: unknown = c.env;
  if (typeof env !== "object" || env === null || !("incoming" in env)) return null;
  const incoming = env.incoming as IncomingMessage | undefined;
  if (!incoming || typeof incoming.on !== "function" || incoming.readableEnded || incoming.readableFlowing !== null) return null;
  return incoming;
}

/**
 * The request body as UTF-8 text, read straight from Node's request when possible (no web stream, no TextDecoder
 * over a copied buffer). `limit` guards bodies whose length was not announced.
 */
export async function bodyText(c: Context, limit: number, onTooLarge: () => never): Promise<string> {
  const incoming = untouchedIncoming(c);
  if (!incoming) return c.req.text();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size > limit) onTooLarge();
    chunks.push(buffer);
  }
  return (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)).toString("utf8");
}
