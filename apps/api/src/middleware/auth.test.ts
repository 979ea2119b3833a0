import { problemOf } from "../test-support/problem";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, TEST_KEY, type TestServer } from "../test-support/server";
import { keyMatcher } from "./auth";

describe("keyMatcher", () => {
  const match = keyMatcher([
    { label: "ingest", secret: "aaaaaaaaaaaaaaaaaaaa" },
    { label: "site", secret: "bbbbbbbbbbbbbbbbbbbb" },
  ]);
  it("names the key a token matches", () => expect(match("bbbbbbbbbbbbbbbbbbbb")).toEqual({ keyLabel: "site" }));
  it("rejects a prefix of a key", () => expect(match("aaaaaaaaaa")).toBeNull());
  it("rejects a key with a trailing character", () => expect(match("aaaaaaaaaaaaaaaaaaaa ")).toBeNull());
  it("matches nothing when no keys are configured", () => expect(keyMatcher([])("anything")).toBeNull());
});

describe("API keys over HTTP", () => {
  let server: TestServer | undefined;
  afterEach(() => server?.close());

  it("rejects a wrong key even on a public endpoint, with WWW-Authenticate", async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/v1/taxonomy`, { headers: { Authorization: "Bearer not-the-key-at-all" } });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
    expect((await problemOf(res)).code).toBe("unauthorized");
  });

  it("rejects an Authorization header that is not a bearer token", async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/v1/taxonomy`, { headers: { Authorization: `Basic ${btoa("a:b")}` } });
    expect(res.status).toBe(401);
  });

  it("closes reads when MARSAD_READS_REQUIRE_KEY is set, but not health checks", async () => {
    server = await startTestServer({ MARSAD_READS_REQUIRE_KEY: true });
    expect((await fetch(`${server.url}/v1/taxonomy`)).status).toBe(401);
    expect((await fetch(`${server.url}/v1/taxonomy`, { headers: { Authorization: `Bearer ${TEST_KEY}` } })).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("never writes a key, right or wrong, into the logs, but names the key used", async () => {
    server = await startTestServer();
    await fetch(`${server.url}/v1/taxonomy`, { headers: { Authorization: `Bearer ${TEST_KEY}` } });
    await fetch(`${server.url}/v1/taxonomy`, { headers: { Authorization: "Bearer wrong-secret-value-123" } });
    const logs = server.logLines.join("\n");
    expect(logs).not.toContain(TEST_KEY);
    expect(logs).not.toContain("wrong-secret-value-123");
    expect(server.logLines.map((line) => JSON.parse(line).key)).toContain("tests");
  });
});
