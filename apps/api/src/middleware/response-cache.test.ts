import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeFeedVersion, type DataVersion } from "../data/version";
import { Meta } from "../routes/meta/get";
import { authHeader } from "../test-support/server";
import { SEEDS_DIR, type SeededServer, seededServer, targets } from "../test-support/targets";

const all = await targets();
const [pglite] = all;
const ARTICLE = "اشتباكات بين قوات النظام ومقاتلين محليين في مدينة طفس بريف درعا الغربي.";
/** A new article with events (so the change feed moves): a seed with a different first line. */
const WITH_EVENTS = `خبر جديد: ${readFileSync(join(SEEDS_DIR, "001_af73a84b27fc74b5.txt"), "utf8")}`;

describe("micro-cache of public reads", () => {
  let server: SeededServer;
  beforeAll(async () => {
    if (!pglite) throw new Error("no PGlite target");
    let version: DataVersion | undefined;
    server = await seededServer(pglite, { MARSAD_CACHE_TTL_MS: 60_000 }, (store) => {
      version = changeFeedVersion(store);
      return { dataVersion: version };
    });
    // The first look numbers the seeds' changes, which moves the version: let it happen before the tests.
    await version?.refresh();
  });
  afterAll(() => server?.stop());

  it("answers a repeated GET from memory with the same body and headers", async () => {
    const first = await fetch(`${server.url}/v1/events?limit=3`);
    const second = await fetch(`${server.url}/v1/events?limit=3`);
    expect(first.headers.get("x-cache")).toBe("miss");
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
    expect(fresh.headers.get("x-cache")).toBe("miss");
  });

  it("shares one entry between the same parameters in another order", async () => {
    await fetch(`${server.url}/v1/events?limit=4&includeBackground=true`);
    const reordered = await fetch(`${server.url}/v1/events?includeBackground=true&limit=4`);
    expect(reordered.headers.get("x-cache")).toBe("hit");
  });

  it("answers 304 from the cache to a matching If-None-Match, and the full body to a stale one", async () => {
    const first = await fetch(`${server.url}/v1/events?limit=5`);
    const tag = first.headers.get("etag") ?? "";
    const revalidated = await fetch(`${server.url}/v1/events?limit=5`, { headers: { "If-None-Match": tag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(tag);
    const stale = await fetch(`${server.url}/v1/events?limit=5`, { headers: { "If-None-Match": 'W/"0000"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(await first.text());
  });

  it("is cleared by a write, so a new article shows at once", async () => {
    const before = Meta.parse(await (await fetch(`${server.url}/v1/meta`)).json());
    const res = await fetch(`${server.url}/v1/articles`, {
      method: "POST",
      headers: { ...authHeader, "Content-Type": "application/json" },
      body: JSON.stringify({ text: ARTICLE }),
    });
    expect(res.status).toBe(200);
    const after = await fetch(`${server.url}/v1/meta`);
    expect(after.headers.get("x-cache")).toBe("miss");
    expect(Meta.parse(await after.json()).counts.articles).toBe(before.counts.articles + 1);
  });

  it("never keeps no-store answers such as the change feed", async () => {
    await fetch(`${server.url}/v1/changes?limit=1`);
    expect((await fetch(`${server.url}/v1/changes?limit=1`)).headers.get("x-cache")).toBeNull();
  });
});

for (const target of all) {
  describe(`micro-cache and writes made elsewhere (${target.name})`, () => {
    let server: SeededServer;
    let version: DataVersion;
    beforeAll(async () => {
      server = await seededServer(target, { MARSAD_CACHE_TTL_MS: 60_000 }, (store) => {
        version = changeFeedVersion(store, { intervalMs: 0 });
        return { dataVersion: version };
      });
    });
    afterAll(() => server?.stop());

    it("drops its answers once the change feed moves, though the write did not go through this process", async () => {
      await version.refresh();
      const before = Meta.parse(await (await fetch(`${server.url}/v1/meta`)).json());
      expect((await fetch(`${server.url}/v1/meta`)).headers.get("x-cache")).toBe("hit");
      // Another process (the ingestion CLI, another API worker) writes to the same database.
      expect((await server.store.ingestRaw(WITH_EVENTS)).status).toBe("created");
      // The feed numbers a transaction's rows once no older transaction runs on the server (other databases'
      // included), so on a busy PostgreSQL server the change can take a few looks to appear.
      let after = await fetch(`${server.url}/v1/meta`);
      for (let look = 0; look < 100 && after.headers.get("x-cache") === "hit"; look++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await version.refresh();
        after = await fetch(`${server.url}/v1/meta`);
      }
      expect(after.headers.get("x-cache")).toBe("miss");
      expect(Meta.parse(await after.json()).counts.articles).toBe(before.counts.articles + 1);
    });

    it("keeps its answers while the feed stands still", async () => {
      await fetch(`${server.url}/v1/events?limit=2`);
      await version.refresh();
      expect((await fetch(`${server.url}/v1/events?limit=2`)).headers.get("x-cache")).toBe("hit");
    });
  });
}
