import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMarsadClient, MarsadApiError, unwrap } from "./client";
import { TEST_KEY } from "./test-support/server";
import { type SeededServer, seededServer, targets } from "./test-support/targets";

// The typed client against a seeded database (PGlite is enough: the HTTP suites cover PostgreSQL).
const [pglite] = await targets();

describe("typed client over the data routes", () => {
  let server: SeededServer;
  beforeAll(async () => {
    if (!pglite) throw new Error("no PGlite target");
    server = await seededServer(pglite);
  });
  afterAll(() => server?.stop());

  it("pages through events with typed filters", async () => {
    const client = createMarsadClient(server.url);
    const page = await unwrap(client.v1.events.$get({ query: { limit: "3" } }));
    expect(page.items.length).toBe(3);
    const first = page.items[0];
    expect(first?.labels.place === null || typeof first?.labels.place?.nameEn === "string").toBe(true);
    if (page.nextCursor) {
      const next = await unwrap(client.v1.events.$get({ query: { limit: "3", cursor: page.nextCursor } }));
      expect(next.items[0]?.id).not.toBe(first?.id);
    }
  });

  it("reads one incident by id", async () => {
    const client = createMarsadClient(server.url);
    const [incident] = (await unwrap(client.v1.incidents.$get({ query: { limit: "1" } }))).items;
    if (!incident) throw new Error("no incidents");
    const detail = await unwrap(client.v1.incidents[":id"].$get({ param: { id: incident.id } }));
    expect(detail.reports.length).toBe(detail.reportCount);
  });

  it("ingests with an API key and reports the outcome", async () => {
    const client = createMarsadClient(server.url, { apiKey: TEST_KEY });
    const report = await unwrap(client.v1.articles.$post({ json: { text: "قصفت قوات النظام بلدة اليادودة بريف درعا الغربي اليوم." } }));
    expect(report.items[0]?.status).toBe("created");
  });

  it("raises MarsadApiError with the problem code on a bad filter", async () => {
    const client = createMarsadClient(server.url);
    const failure = unwrap(client.v1.events.$get({ query: { from: "2021-02-30" } }));
    await expect(failure).rejects.toBeInstanceOf(MarsadApiError);
    await expect(failure).rejects.toMatchObject({ status: 400, code: "validation_failed" });
  });
});
