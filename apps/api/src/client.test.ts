import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMarsadClient, MarsadApiError, unwrap } from "./client";
import { startTestServer, type TestServer } from "./test-support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("typed client", () => {
  it("reads the taxonomy with typed fields", async () => {
    const client = createMarsadClient(server.url);
    const taxonomy = await unwrap(client.v1.taxonomy.$get());
    expect(taxonomy.eventTypes[0]?.en).toBe("Battles");
  });

  it("extracts an article", async () => {
    const client = createMarsadClient(server.url);
    const result = await unwrap(client.v1.extract.$post({ query: {}, json: { text: "قصفت قوات النظام مدينة طفس.", published: "2021-07-28" } }));
    expect(result.article.published).toBe("2021-07-28");
  });

  it("turns a problem into a MarsadApiError with its code", async () => {
    const client = createMarsadClient(server.url);
    const failure = unwrap(client.v1.extract.$post({ query: {}, json: { published: "2021-07-28" } }));
    await expect(failure).rejects.toBeInstanceOf(MarsadApiError);
    await expect(failure).rejects.toMatchObject({ status: 400, code: "validation_failed" });
  });

  it("sends the API key as a bearer token", async () => {
    const client = createMarsadClient(server.url, { apiKey: "wrong-key-for-this-server" });
    await expect(unwrap(client.v1.taxonomy.$get())).rejects.toMatchObject({ status: 401 });
  });
});
