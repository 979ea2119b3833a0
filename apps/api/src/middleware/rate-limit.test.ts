import { problemOf } from "../test-support/problem";
import { afterEach, describe, expect, it } from "vitest";
import { authHeader, startTestServer, type TestServer } from "../test-support/server";

describe("rate limiting", () => {
  let server: TestServer | undefined;
  afterEach(() => server?.close());

  it("answers 429 with Retry-After and RateLimit headers past the limit", async () => {
    server = await startTestServer({ MARSAD_RATE_LIMIT: 2, MARSAD_RATE_WINDOW_SECONDS: 60 });
    const first = await fetch(`${server.url}/v1/taxonomy`);
    expect(first.headers.get("ratelimit-limit")).toBe("2");
    expect(first.headers.get("ratelimit-remaining")).toBe("1");
    await fetch(`${server.url}/v1/taxonomy`);
    const third = await fetch(`${server.url}/v1/taxonomy`);
    expect(third.status).toBe(429);
    const retryAfter = Number(third.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(third.headers.get("ratelimit-remaining")).toBe("0");
    expect(third.headers.get("content-type")).toBe("application/problem+json");
    expect((await problemOf(third)).code).toBe("rate_limited");
  });

  it("counts a key separately from anonymous requests from the same address", async () => {
    server = await startTestServer({ MARSAD_RATE_LIMIT: 1 });
    expect((await fetch(`${server.url}/v1/taxonomy`)).status).toBe(200);
    expect((await fetch(`${server.url}/v1/taxonomy`)).status).toBe(429);
    expect((await fetch(`${server.url}/v1/taxonomy`, { headers: authHeader })).status).toBe(200);
  });

  it("counts wrong keys against the client's address, so keys cannot be guessed at full speed", async () => {
    server = await startTestServer({ MARSAD_RATE_LIMIT: 2 });
    const guess = (n: number) => fetch(`${server?.url}/v1/taxonomy`, { headers: { Authorization: `Bearer guess-number-${n}-abcdefgh` } });
    expect((await guess(1)).status).toBe(401);
    expect((await guess(2)).status).toBe(401);
    expect((await guess(3)).status).toBe(429);
  });

  it("does not limit health checks", async () => {
    server = await startTestServer({ MARSAD_RATE_LIMIT: 1 });
    for (let i = 0; i < 3; i++) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
