import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test-support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("GET /docs", () => {
  it("serves a page whose scripts and styles all come from the app itself", async () => {
    const res = await fetch(`${server.url}/docs`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(refs.length).toBeGreaterThanOrEqual(3);
    expect(refs.every((ref) => ref.startsWith("/docs/"))).toBe(true);
    for (const ref of refs) expect((await fetch(`${server.url}${ref}`)).status).toBe(200);
  });

  it("points the viewer at the app's own OpenAPI document", async () => {
    const init = await (await fetch(`${server.url}/docs/init.js`)).text();
    expect(init).toContain('"/openapi.json"');
    expect((await fetch(`${server.url}/openapi.json`)).status).toBe(200);
  });
});
