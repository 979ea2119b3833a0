import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { createMiddleware } from "hono/factory";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|problem\+json|x-ndjson|javascript|xml)|image\/svg\+xml)/i;
const MIN_BYTES = 1024;

type Encoding = "br" | "gzip";

/** Picks br over gzip when the client accepts both; `q=0` refuses an encoding. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim().toLowerCase(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => accepted.get(name) ?? accepted.get("*") ?? 0;
  if (weight("br") > 0 && weight("br") >= weight("gzip")) return "br";
  if (weight("gzip") > 0) return "gzip";
  return null;
}

/**
 * gzip or brotli with Node's zlib (Hono's own middleware uses CompressionStream, which has no brotli on Node 20).
 * Responses are page-bounded, so the body is compressed whole; brotli runs at a quality suited to dynamic content.
 */
export function compress() {
  return createMiddleware(async (c, next) => {
    await next();
    const res = c.res;
    res.headers.append("Vary", "Accept-Encoding");
    const type = res.headers.get("content-type") ?? "";
    if (!res.body || res.headers.has("content-encoding") || c.req.method === "HEAD" || !COMPRESSIBLE.test(type)) return;
    const encoding = negotiateEncoding(c.req.header("accept-encoding"));
    if (!encoding) return;
    const raw = Buffer.from(await res.arrayBuffer());
    if (raw.byteLength < MIN_BYTES) {
      c.res = new Response(raw, res);
      return;
    }
    // Hono copies the old response's headers onto the new one: drop the length of the uncompressed body first.
    res.headers.delete("content-length");
    const body =
      encoding === "br"
        ? await brotli(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength },
          })
        : await gzipAsync(raw, { level: 6 });
    res.headers.set("Content-Encoding", encoding);
    res.headers.set("Content-Length", String(body.byteLength));
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  });
}
