import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawGet } from "../test-support/raw-get";
import { startTestServer, type TestServer } from "../test-support/server";
import { Hono } from "hono";
import { localVersion } from "../data/version";
import { negotiateEncoding, representations } from "./representations";

describe("negotiateEncoding", () => {
  it("prefers brotli when both are accepted", () => expect(negotiateEncoding("gzip, deflate, br")).toBe("br"));
  it("honours q-values", () => expect(negotiateEncoding("br;q=0.1, gzip;q=0.9")).toBe("gzip"));
  it("refuses an encoding with q=0", () => expect(negotiateEncoding("br;q=0, gzip;q=0")).toBeNull());
  it("accepts anything under a wildcard", () => expect(negotiateEncoding("*")).toBe("br"));
  it("sends identity without the header", () => expect(negotiateEncoding(undefined)).toBeNull());
});

describe("compression over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("sends brotli that decodes to the same document", async () => {
    const plain = await rawGet(`${server.url}/openapi.json`);
    const br = await rawGet(`${server.url}/openapi.json`, { "Accept-Encoding": "br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body.byteLength).toBeLessThan(plain.body.byteLength);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  });

  it("sends gzip when only gzip is accepted, with Vary: Accept-Encoding", async () => {
    const plain = await rawGet(`${server.url}/v1/taxonomy`);
    const gz = await rawGet(`${server.url}/v1/taxonomy`, { "Accept-Encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(String(gz.headers.vary)).toContain("Accept-Encoding");
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it("keeps the same weak ETag whatever the encoding", async () => {
    const plain = await rawGet(`${server.url}/v1/taxonomy`);
    const br = await rawGet(`${server.url}/v1/taxonomy`, { "Accept-Encoding": "br" });
    expect(br.headers.etag).toBe(plain.headers.etag);
    const revalidated = await rawGet(`${server.url}/v1/taxonomy`, { "Accept-Encoding": "br", "If-None-Match": String(plain.headers.etag) });
    expect(revalidated.status).toBe(304);
  });
});

describe("response cache bounds", () => {
  const appWith = (options: Parameters<typeof representations>[0]) => {
    let served = 0;
    const cache = representations(options);
    const app = new Hono();
    app.use("*", cache);
    app.get("/v1/item/:n", (c) => {
      served += 1;
      return c.json({ n: c.req.param("n"), padding: "x".repeat(2000) });
    });
    return { app, cache, served: () => served };
  };
  const get = async (app: Hono, path: string) => (await app.request(path)).headers.get("x-cache");

  it("keeps no more bytes than its budget, dropping the least recently used first", async () => {
    const { app, cache } = appWith({ ttlMs: 60_000, maxBytes: 5000 });
    await get(app, "/v1/item/1");
    await get(app, "/v1/item/2");
    expect(await get(app, "/v1/item/1")).toBe("hit");
    await get(app, "/v1/item/3");
    expect(cache.bytes()).toBeLessThanOrEqual(5000);
    expect(await get(app, "/v1/item/1")).toBe("hit");
    expect(await get(app, "/v1/item/2")).toBe("miss");
  });

  it("serves an entry until its TTL ends", async () => {
    let time = 0;
    const { app, served } = appWith({ ttlMs: 1000, now: () => time });
    await get(app, "/v1/item/1");
    time = 999;
    expect(await get(app, "/v1/item/1")).toBe("hit");
    time = 1000;
    expect(await get(app, "/v1/item/1")).toBe("miss");
    expect(served()).toBe(2);
  });

  it("drops every entry when the data version moves", async () => {
    const version = localVersion();
    const { app, cache } = appWith({ ttlMs: 60_000, version });
    await get(app, "/v1/item/1");
    expect(await get(app, "/v1/item/1")).toBe("hit");
    version.changed();
    expect(cache.size()).toBe(0);
    expect(await get(app, "/v1/item/1")).toBe("miss");
  });

  it("does not keep an answer made under a version that moved while it was made", async () => {
    const version = localVersion();
    const cache = representations({ ttlMs: 60_000, version });
    const app = new Hono();
    app.use("*", cache);
    app.get("/v1/slow", (c) => {
      version.changed();
      return c.json({ ok: true });
    });
    await app.request("/v1/slow");
    expect(cache.size()).toBe(0);
  });

  it("keeps compressed variants with the entry, counted in its bytes", async () => {
    const { app, cache } = appWith({ ttlMs: 60_000 });
    await app.request("/v1/item/1");
    const identity = cache.bytes();
    const br = await app.request("/v1/item/1", { headers: { "Accept-Encoding": "br" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(cache.bytes()).toBeGreaterThan(identity);
    const again = await app.request("/v1/item/1", { headers: { "Accept-Encoding": "br" } });
    expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(await br.arrayBuffer()))).toBe(true);
  });
});

describe("concurrent misses", () => {
  it("make one answer: requests for the same entry while it is being made share it", async () => {
    let served = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const app = new Hono();
    app.use("*", representations({ ttlMs: 60_000 }));
    app.get("/v1/slow", async (c) => {
      served += 1;
      await gate;
      return c.json({ served });
    });
    const answers = Promise.all([app.request("/v1/slow"), app.request("/v1/slow"), app.request("/v1/slow")]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const responses = await answers;
    expect(served).toBe(1);
    expect(responses.map((res) => res.headers.get("x-cache")).sort()).toEqual(["hit", "hit", "miss"]);
    expect(new Set(await Promise.all(responses.map((res) => res.text()))).size).toBe(1);
  });

  it("do not share an answer that is not kept (an error): each request gets its own", async () => {
    let served = 0;
    const app = new Hono();
    app.use("*", representations({ ttlMs: 60_000 }));
    app.get("/v1/failing", async (c) => {
      served += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return c.json({ error: true }, 503);
    });
    const responses = await Promise.all([app.request("/v1/failing"), app.request("/v1/failing")]);
    expect(responses.map((res) => res.status)).toEqual([503, 503]);
    expect(served).toBe(2);
  });
});
