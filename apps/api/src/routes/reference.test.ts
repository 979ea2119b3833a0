import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { problemOf } from "../test-support/problem";
import { type SeededServer, seededServer, targets } from "../test-support/targets";
import { ActorDetail, ActorPage } from "./actors/schema";
import { PlaceDetail, PlacePage } from "./places/schema";

const Stats = z.object({ by: z.string(), rows: z.array(z.object({ key: z.string().nullable(), events: z.number(), fatalities: z.number() })) });
const Changes = z.object({
  items: z.array(z.object({ seq: z.number(), entity: z.string(), id: z.string(), kind: z.string() })),
  nextCursor: z.string(),
});

describe.each(await targets())("reference, stats, meta and changes on $name", (target) => {
  let server: SeededServer;
  beforeAll(async () => {
    server = await seededServer(target);
  });
  afterAll(() => server?.stop());

  const json = async (path: string) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    return res.json();
  };

  it("lists and finds places by Arabic name, whatever the hamza", async () => {
    const page = PlacePage.parse(await json(`/v1/places?q=${encodeURIComponent("درعا")}&limit=50`));
    expect(page.items.some((place) => place.nameEn.toLowerCase().includes("daraa"))).toBe(true);
    const governorates = PlacePage.parse(await json("/v1/places?kind=governorate&limit=1000"));
    expect(governorates.items.every((place) => place.kind === "governorate")).toBe(true);
  });

  it("shows a place with its event count and latest events", async () => {
    const [event] = (await server.store.listEvents({}, { limit: 500 })).items.filter((item) => item.place !== null);
    if (!event?.place) throw new Error("no located events");
    const place = PlaceDetail.parse(await json(`/v1/places/${encodeURIComponent(event.place)}`));
    expect(place.events).toBeGreaterThan(0);
    expect(place.recentEvents.map((item) => item.id)).toContain(event.id);
    expect((await fetch(`${server.url}/v1/places/no-such-place`)).status).toBe(404);
  });

  it("lists actors with their ACLED inter code and shows one", async () => {
    const page = ActorPage.parse(await json("/v1/actors?category=state_forces&limit=1000"));
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((actor) => actor.inter === 1)).toBe(true);
    const [event] = (await server.store.listEvents({}, { limit: 500 })).items.filter((item) => item.actor1 !== null);
    if (!event?.actor1) throw new Error("no events with actors");
    const actor = ActorDetail.parse(await json(`/v1/actors/${event.actor1}`));
    expect(actor.events).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/v1/actors/nobody`)).status).toBe(404);
  });

  it("counts events by type and by day for charts", async () => {
    const total = (await server.store.countEvents("type")).reduce((sum, row) => sum + row.events, 0);
    const byType = Stats.parse(await json("/v1/stats?by=type"));
    expect(byType.rows.reduce((sum, row) => sum + row.events, 0)).toBe(total);
    const byDay = Stats.parse(await json("/v1/stats?by=day"));
    const days = byDay.rows.map((row) => row.key ?? "");
    expect(days).toEqual([...days].sort());
    const bad = await fetch(`${server.url}/v1/stats?by=week`);
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.[0]?.path).toBe("query.by");
  });

  it("describes the dataset and extractor", async () => {
    const meta = z
      .object({ extractor: z.object({ version: z.string() }), database: z.object({ kind: z.string() }), counts: z.object({ articles: z.number() }) })
      .parse(await json("/v1/meta"));
    expect(meta.counts.articles).toBe(5);
    expect(meta.database.kind).toBe(target.name);
  });

  it("follows the change feed from the start with a cursor", async () => {
    const first = Changes.parse(await json("/v1/changes?limit=3"));
    expect(first.items.length).toBe(3);
    const seqs = first.items.map((change) => change.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const next = Changes.parse(await json(`/v1/changes?cursor=${first.nextCursor}&limit=1000`));
    expect(next.items.every((change) => change.seq > Number(first.nextCursor))).toBe(true);
    const caughtUp = Changes.parse(await json(`/v1/changes?cursor=${next.nextCursor}`));
    expect(caughtUp.items).toEqual([]);
    expect(caughtUp.nextCursor).toBe(next.nextCursor);
    expect((await fetch(`${server.url}/v1/changes?cursor=abc`)).status).toBe(400);
  });

  it("is ready when the database answers", async () => {
    expect(await json("/readyz")).toEqual({ status: "ok" });
  });
});
