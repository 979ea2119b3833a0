import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { DataVersion } from "../data/version";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|problem\+json|x-ndjson|javascript|xml)|image\/svg\+xml)/i;
const MIN_BYTES = 1024;
/** Headers a 304 keeps (RFC 9110 §15.4.5), besides those the outer middleware adds (request id, CORS, rate limit). */
const NOT_MODIFIED_HEADERS = ["cache-control", "content-location", "date", "etag", "expires", "vary"];
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

export type Encoding = "br" | "gzip";

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

// Clients send a handful of distinct Accept-Encoding values; parsing each once keeps q-value parsing off the hot path.
const negotiated = new Map<string, Encoding | null>();
function encodingFor(header: string | undefined): Encoding | null {
  if (!header) return null;
  let encoding = negotiated.get(header);
  if (encoding === undefined) {
    encoding = negotiateEncoding(header);
    if (negotiated.size < 256) negotiated.set(header, encoding);
  }
  return encoding;
}

/** A Buffer as a response body: a view of the same bytes, typed as the web's `BodyInit` wants (no copy). */
function bodyOf(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}

function compressBody(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === "br"
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
    : gzipAsync(body, { level: 6 });
}

/** Weak: the same tag stays valid whichever encoding is sent. SHA-1 of the identity bytes, as Hono's etag did. */
function weakTag(body: Buffer): string {
  return `W/"${createHash("sha1").update(body).digest("hex")}"`;
}

function tagMatches(tag: string, ifNoneMatch: string | undefined): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = tag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === opaque);
}

/** One successful GET answer: its identity bytes, validator and the encoded variants made so far. */
interface Representation {
  status: number;
  headers: Record<string, string>;
  etag: string;
  identity: Buffer;
  compressible: boolean;
  encoded: Partial<Record<Encoding, Buffer>>;
}

interface Entry extends Representation {
  key: string;
  version: number;
  expires: number;
  bytes: number;
}

export interface RepresentationOptions {
  /** How long a public GET answer under `/v1/` is reused; 0 turns the response cache off. */
  ttlMs: number;
  /** Upper bound on the bytes kept (identity and encoded variants together). */
  maxBytes?: number;
  /** The data's version: an answer is reused only while the version it was made under is current. */
  version?: DataVersion | undefined;
  now?: () => number;
}

/**
 * Everything a GET answer goes through on its way out, in one pass over its bytes: the weak ETag (and 304 on a
 * matching If-None-Match), br/gzip compression, and a response cache of public `/v1/` reads. The cache keeps each
 * answer with its tag and compressed variants, so a hit costs a map lookup: no query, no JSON, no hashing, no zlib.
 * An entry is dropped when the data version moves (the change feed advanced, or a write went through this process),
 * when its TTL ends, or when the byte budget needs its space (least recently used first). `Cache-Control: no-cache`
 * skips the lookup (the fresh answer replaces the entry). Other methods only get compression.
 */
export function representations({ ttlMs, maxBytes = 32 * 1024 * 1024, version, now = Date.now }: RepresentationOptions) {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const stats = { hits: 0, misses: 0 };
  const inflight = new Map<string, Promise<Representation | null>>();

  const drop = (entry: Entry) => {
    if (entries.get(entry.key) !== entry) return;
    entries.delete(entry.key);
    bytes -= entry.bytes;
  };
  const clear = () => {
    entries.clear();
    bytes = 0;
  };
  version?.onChange(clear);
  const currentVersion = () => version?.current() ?? 0;

  const store = (key: string, representation: Representation, madeUnder: number, time: number) => {
    if (representation.identity.byteLength > MAX_ENTRY_BYTES || madeUnder !== currentVersion()) return;
    const previous = entries.get(key);
    if (previous) drop(previous);
    const entry: Entry = { ...representation, key, version: madeUnder, expires: time + ttlMs, bytes: representation.identity.byteLength };
    entries.set(key, entry);
    bytes += entry.bytes;
    evict();
  };
  const evict = () => {
    for (const oldest of entries.values()) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  };

  /** The variant for `encoding`, compressed once and kept on the entry when it is cached. */
  const variant = async (representation: Representation | Entry, encoding: Encoding | null): Promise<{ body: Buffer; encoding: Encoding | null }> => {
    if (encoding === null || !representation.compressible || representation.identity.byteLength < MIN_BYTES) return { body: representation.identity, encoding: null };
    const done = representation.encoded[encoding];
    if (done) return { body: done, encoding };
    const body = await compressBody(representation.identity, encoding);
    if (!(encoding in representation.encoded)) {
      representation.encoded[encoding] = body;
      if ("key" in representation && entries.get(representation.key) === representation) {
        representation.bytes += body.byteLength;
        bytes += body.byteLength;
        evict();
      }
    }
    return { body, encoding };
  };

  const respond = async (c: Context, representation: Representation, cacheState: "hit" | "miss" | null): Promise<Response> => {
    if (tagMatches(representation.etag, c.req.header("if-none-match"))) {
      const headers: Record<string, string> = { ETag: representation.etag, Vary: "Accept-Encoding" };
      for (const name of NOT_MODIFIED_HEADERS) {
        const value = representation.headers[name];
        if (value !== undefined && name !== "vary") headers[name] = value;
      }
      return new Response(null, { status: 304, headers });
    }
    const headers: Record<string, string> = { ...representation.headers, etag: representation.etag, vary: "Accept-Encoding" };
    if (cacheState) headers["x-cache"] = cacheState;
    if (c.req.method === "HEAD") return new Response(null, { status: representation.status, headers });
    const { body, encoding } = await variant(representation, encodingFor(c.req.header("accept-encoding")));
    if (encoding) headers["content-encoding"] = encoding;
    headers["content-length"] = String(body.byteLength);
    return new Response(bodyOf(body), { status: representation.status, headers });
  };

  const middleware = createMiddleware(async (c, next) => {
    const method = c.req.method;
    if (method !== "GET" && method !== "HEAD") {
      await next();
      // Any successful write may change what reads return (sibling processes of a cluster are told too).
      if (c.res.status < 400 && method !== "OPTIONS" && c.req.path !== "/v1/extract") version?.changed();
      return compressOther(c);
    }
    const cacheable = ttlMs > 0 && method === "GET" && c.req.path.startsWith("/v1/");
    const key = cacheable ? cacheKey(c) : "";
    void version?.refresh();
    const madeUnder = currentVersion();
    const time = now();
    const lookup = cacheable && !c.req.header("cache-control")?.includes("no-cache");
    if (lookup) {
      const hit = entries.get(key);
      if (hit && hit.expires > time && hit.version === madeUnder) {
        // Refresh its place so the least recently used entries go first when space runs out.
        entries.delete(key);
        entries.set(key, hit);
        stats.hits += 1;
        c.res = await respond(c, hit, "hit");
        return;
      }
      if (hit) drop(hit);
      // The same answer is being made for another request: share it rather than query again (when an entry
      // expires under load, every connection would otherwise miss at once).
      const pending = inflight.get(key);
      if (pending) {
        const shared = await pending;
        if (shared) {
          stats.hits += 1;
          c.res = await respond(c, shared, "hit");
          return;
        }
      }
    }
    let settle: ((representation: Representation | null) => void) | undefined;
    if (lookup && !inflight.has(key)) {
      inflight.set(
        key,
        new Promise<Representation | null>((resolve) => {
          settle = resolve;
        }),
      );
    }
    try {
      await next();
      const made = await finish(c, cacheable, key, madeUnder, time);
      settle?.(made);
    } finally {
      if (settle) {
        settle(null);
        inflight.delete(key);
      }
    }
  });

  /** Makes the representation of the handler's answer (cached when it may be), sends it, and returns it if shareable. */
  const finish = async (c: Context, cacheable: boolean, key: string, madeUnder: number, time: number): Promise<Representation | null> => {
    const res = c.res;
    if (res.status < 200 || res.status >= 300 || res.status === 204) {
      await compressOther(c);
      return null;
    }
    const identity = Buffer.from(await res.arrayBuffer());
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      if (name !== "content-length" && name !== "content-encoding" && name !== "etag" && name !== "vary") headers[name] = value;
    });
    const representation: Representation = {
      status: res.status,
      headers,
      etag: res.headers.get("etag") ?? weakTag(identity),
      identity,
      compressible: COMPRESSIBLE.test(headers["content-type"] ?? ""),
      encoded: {},
    };
    const keep = cacheable && res.status === 200 && !headers["cache-control"]?.includes("no-store");
    if (keep) {
      stats.misses += 1;
      store(key, representation, madeUnder, time);
    }
    // The cached entry when there is one, so encoded variants made for this answer are counted in the cache's bytes.
    const made = keep ? (entries.get(key) ?? representation) : representation;
    const answer = await respond(c, made, keep ? "miss" : null);
    // Every header is already copied: unset first so Hono does not wrap the new response to merge the old one's.
    c.res = undefined as unknown as Response;
    c.res = answer;
    return keep ? made : null;
  };
  return Object.assign(middleware, { clear, size: () => entries.size, bytes: () => bytes, stats: () => ({ ...stats }) });
}

/** The query's parameters in a fixed order, so `?a=1&b=2` and `?b=2&a=1` share one entry; formats stay apart by Accept. */
function cacheKey(c: Context): string {
  const url = c.req.url;
  const q = url.indexOf("?");
  let search = "";
  if (q >= 0) {
    const params = new URLSearchParams(url.slice(q + 1));
    params.sort();
    search = params.toString();
  }
  return `${c.req.path}?${search}\u0000${c.req.header("accept") ?? ""}`;
}

/** Compression for answers other than GET's (extraction results, problems), whole-body: they are page-bounded. */
async function compressOther(c: Context): Promise<void> {
  const res = c.res;
  const encoding = encodingFor(c.req.header("accept-encoding"));
  // Reading `body` makes Node's server build a full Response: only when compressing.
  if (!encoding || res.headers.has("content-encoding") || !COMPRESSIBLE.test(res.headers.get("content-type") ?? "") || !res.body) {
    res.headers.append("Vary", "Accept-Encoding");
    return;
  }
  const raw = Buffer.from(await res.arrayBuffer());
  const headers = new Headers(res.headers);
  headers.append("Vary", "Accept-Encoding");
  let body: Buffer = raw;
  if (raw.byteLength >= MIN_BYTES) {
    body = await compressBody(raw, encoding);
    headers.set("Content-Encoding", encoding);
  }
  headers.set("Content-Length", String(body.byteLength));
  c.res = undefined as unknown as Response;
  c.res = new Response(bodyOf(body), { status: res.status, headers });
}
