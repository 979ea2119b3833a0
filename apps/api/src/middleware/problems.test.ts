import { problemOf } from "../test-support/problem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Problem } from "../errors";
import { startTestServer, type TestServer } from "../test-support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ MARSAD_CORS_ORIGINS: ["https://site.example"] });
});
afterAll(() => server.close());

describe("problems, request ids and CORS", () => {
  it("answers an unknown route with a 404 problem that points at the docs", async () => {
    const res = await fetch(`${server.url}/v1/nothing-here`);
    expect(res.status).toBe(404);
    const problem = Problem.parse(await res.json());
    expect(problem).toMatchObject({ status: 404, code: "not_found", type: "urn:marsad:problem:not_found", instance: "/v1/nothing-here" });
    expect(problem.detail).toContain("/docs");
  });

  it("puts the request id in the header and in the problem", async () => {
    const res = await fetch(`${server.url}/v1/nothing-here`);
    const id = res.headers.get("x-request-id");
    expect(id).toBeTruthy();
    expect((await problemOf(res)).requestId).toBe(id);
  });

  it("keeps a well-formed request id sent by the caller", async () => {
    const res = await fetch(`${server.url}/healthz`, { headers: { "X-Request-Id": "trace-abc-123" } });
    expect(res.headers.get("x-request-id")).toBe("trace-abc-123");
  });

  it("writes one JSON log line per request with its id and status", async () => {
    await fetch(`${server.url}/healthz`, { headers: { "X-Request-Id": "log-check-1" } });
    const line = server.logLines.map((entry) => JSON.parse(entry)).find((entry) => entry.requestId === "log-check-1");
    expect(line).toMatchObject({ level: "info", msg: "request", method: "GET", path: "/healthz", status: 200 });
  });

  it("allows a configured origin and exposes the paging and rate-limit headers", async () => {
    const res = await fetch(`${server.url}/v1/taxonomy`, { headers: { Origin: "https://site.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://site.example");
    expect(res.headers.get("access-control-expose-headers")).toContain("Link");
  });

  it("does not allow an origin that is not configured", async () => {
    const res = await fetch(`${server.url}/v1/taxonomy`, { headers: { Origin: "https://evil.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a CORS preflight", async () => {
    const res = await fetch(`${server.url}/v1/extract`, {
      method: "OPTIONS",
      headers: { Origin: "https://site.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
  });
});
