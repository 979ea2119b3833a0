import { EVENT_TYPES, SUB_EVENT_TYPES, WEAPON_NAMES } from "@marsad/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test-support/server";
import { Taxonomy } from "./schema";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("GET /v1/taxonomy", () => {
  it("lists every ACLED event type and sub-type with Arabic labels", async () => {
    const res = await fetch(`${server.url}/v1/taxonomy`);
    expect(res.status).toBe(200);
    const taxonomy = Taxonomy.parse(await res.json());
    expect(taxonomy.eventTypes.map((type) => type.en)).toEqual(EVENT_TYPES);
    expect(taxonomy.eventTypes.flatMap((type) => type.subTypes.map((sub) => sub.en))).toEqual(SUB_EVENT_TYPES);
    expect(taxonomy.eventTypes.every((type) => /[\u0621-\u064a]/.test(type.ar))).toBe(true);
  });

  it("lists weapons and actor categories with their ACLED inter codes", async () => {
    const taxonomy = Taxonomy.parse(await (await fetch(`${server.url}/v1/taxonomy`)).json());
    expect(taxonomy.weapons.map((weapon) => weapon.id)).toEqual(WEAPON_NAMES);
    expect(taxonomy.actorCategories.map((category) => category.inter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("is cacheable and answers 304 to a matching If-None-Match", async () => {
    const first = await fetch(`${server.url}/v1/taxonomy`);
    const tag = first.headers.get("etag");
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toContain("max-age=3600");
    const second = await fetch(`${server.url}/v1/taxonomy`, { headers: { "If-None-Match": tag ?? "" } });
    expect(second.status).toBe(304);
  });
});
