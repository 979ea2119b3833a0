import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meta } from "../routes/meta/get";
import { authHeader } from "../test-support/server";
import { type SeededServer, seededServer, targets } from "../test-support/targets";

const [pglite] = await targets();

describe("micro-cache of public reads", () => {
  let server: SeededServer;
  beforeAll(async () => {
    if (!pglite) throw new Error("no PGlite target");
    server = await seededServer(pglite, { MARSAD_CACHE_TTL_MS: 60_000 });
  });
  afterAll(() => server?.stop());

  it("answers a repeated GET from memory with the same body and headers", async () => {
    const first = await fetch(`${server.url}/v1/events?limit=3`);
    const second = await fetch(`${server.url}/v1/events?limit=3`);
    expect(first.headers.get("x-cache")).toBeNull();
    expect(second.headers.get("x-cache")).toBe("hit");
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("link")).toBe(first.headers.get("link"));
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
  });

  it("keeps formats apart", async () => {
    await fetch(`${server.url}/v1/events?limit=2`);
    const csv = await fetch(`${server.url}/v1/events?limit=2`, { headers: { Accept: "text/csv" } });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
  });

  it("is bypassed by Cache-Control: no-cache", async () => {
    await fetch(`${server.url}/v1/articles?limit=2`);
    const fresh = await fetch(`${server.url}/v1/articles?limit=2`, { headers: { "Cache-Control": "no-cache" } });
    expect(fresh.headers.get("x-cache")).toBeNull();
  });

  it("is cleared by a write, so a new article shows at once", async () => {
    const before = Meta.parse(await (await fetch(`${server.url}/v1/meta`)).json());
    const res = await fetch(`${server.url}/v1/articles`, {
      method: "POST",
      headers: { ...authHeader, "Content-Type": "application/json" },
      body: JSON.stringify({ text: "اشتباكات بين قوات النظام ومقاتلين محليين في مدينة طفس بريف درعا الغربي." }),
    });
    expect(res.status).toBe(200);
    const after = await fetch(`${server.url}/v1/meta`);
    expect(after.headers.get("x-cache")).toBeNull();
    expect(Meta.parse(await after.json()).counts.articles).toBe(before.counts.articles + 1);
  });

  it("never keeps no-store answers such as the change feed", async () => {
    await fetch(`${server.url}/v1/changes?limit=1`);
    expect((await fetch(`${server.url}/v1/changes?limit=1`)).headers.get("x-cache")).toBeNull();
  });
});
