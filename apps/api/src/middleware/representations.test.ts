import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawGet } from "../test-support/raw-get";
import { startTestServer, type TestServer } from "../test-support/server";
import { negotiateEncoding } from "./compress";

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
