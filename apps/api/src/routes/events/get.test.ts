import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemOf } from "../../test-support/problem";
import { type SeededServer, seededServer, targets } from "../../test-support/targets";
import { EventItem } from "./schema";

describe.each(await targets())("GET /v1/events/{id} on $name", (target) => {
  let server: SeededServer;
  beforeAll(async () => {
    server = await seededServer(target);
  });
  afterAll(() => server?.stop());

  it("returns one event with its evidence and names", async () => {
    const [stored] = (await server.store.listEvents({}, { limit: 1 })).items;
    if (!stored) throw new Error("no events");
    const res = await fetch(`${server.url}/v1/events/${stored.id}`);
    expect(res.status).toBe(200);
    const event = EventItem.parse(await res.json());
    expect(event.id).toBe(stored.id);
    expect(event.evidence.length).toBeGreaterThan(0);
  });

  it("answers 404 for an event that does not exist", async () => {
    const res = await fetch(`${server.url}/v1/events/987654321`);
    expect(res.status).toBe(404);
    expect((await problemOf(res)).code).toBe("not_found");
  });

  it("answers 400 for an id that is not a number", async () => {
    expect((await fetch(`${server.url}/v1/events/abc`)).status).toBe(400);
  });
});
