import { problemOf } from "../../test-support/problem";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test-support/server";

let server: TestServer | undefined;
afterEach(() => server?.close());

describe("health", () => {
  it("answers /healthz while the process runs", async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers /readyz 200 when the database answers", async () => {
    server = await startTestServer({}, { ping: async () => true });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it("answers /readyz 503 with a problem when the database does not", async () => {
    server = await startTestServer({}, { ping: async () => Promise.reject(new Error("connection refused")) });
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect((await problemOf(res)).code).toBe("unavailable");
  });
});
