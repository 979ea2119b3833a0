import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeededServer, seededServer, targets } from "../../test-support/targets";

const [pglite] = await targets();
const NAMES = ["from", "to", "place", "admin1", "bbox", "actor", "type", "subType", "outlet", "q", "includeBackground", "cursor", "limit", "format", "count", "x"];
const NASTY = ["'", '"', ";", "--", "/*", "%", "_", "\\", "\u0000", "' OR 1=1 --", "1e309", "-1", "NaN", "2021-02-30", "تجربة", "🙂", "../../etc/passwd"];

describe("GET /v1/events under arbitrary query strings", () => {
  let server: SeededServer;
  beforeAll(async () => {
    if (!pglite) throw new Error("no PGlite target");
    server = await seededServer(pglite);
  });
  afterAll(() => server?.stop());

  it("answers 2xx, 4xx or 406, never 5xx, and never changes the database", async () => {
    const before = await server.store.stats();
    const value = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...NASTY), fc.integer().map(String));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 4 }), async (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        for (const path of ["/v1/events", "/v1/incidents", "/v1/stats"]) {
          const res = await fetch(`${server.url}${path}?${query}`);
          await res.arrayBuffer();
          expect(res.status, `${path}?${query}`).toBeLessThan(500);
        }
      }),
      { numRuns: 60 },
    );
    expect(await server.store.stats()).toEqual(before);
  });

  it("answers a search for a NUL character without a server error", async () => {
    for (const path of ["/v1/events", "/v1/incidents"]) {
      const res = await fetch(`${server.url}${path}?q=%00`);
      await res.arrayBuffer();
      expect(res.status, path).toBeLessThan(500);
    }
  });
});
