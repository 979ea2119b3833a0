import { getIssues } from "@placemarkio/check-geojson";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ACLED_COLUMNS } from "../../acled/columns";
import { eventIdCnty } from "../../acled/row";
import { problemOf } from "../../test-support/problem";
import { type SeededServer, seededServer, targets } from "../../test-support/targets";
import { EventItem, EventPage, GeoJsonFeatureCollection } from "./schema";

const Page = EventPage.extend({ items: z.array(EventItem) });

describe.each(await targets())("GET /v1/events on $name", (target) => {
  let server: SeededServer;
  beforeAll(async () => {
    server = await seededServer(target);
  });
  afterAll(() => server?.stop());

  const get = (query = "", headers: Record<string, string> = {}) => fetch(`${server.url}/v1/events${query}`, { headers });
  const page = async (query = "") => {
    const res = await get(query);
    expect(res.status).toBe(200);
    return Page.parse(await res.json());
  };

  it("lists the seed events newest first with names resolved", async () => {
    const { items } = await page("?limit=1000");
    const stored = await server.store.listEvents({}, { limit: 500 });
    expect(items.map((event) => event.id)).toEqual(stored.items.map((event) => event.id));
    expect(items.length).toBeGreaterThan(0);
    const located = items.find((event) => event.place !== null);
    expect(located?.labels.place?.nameEn).toBeTruthy();
  });

  it("pages with an opaque cursor and a Link header to the next page", async () => {
    const first = await get("?limit=3");
    const link = first.headers.get("link");
    expect(link).toMatch(/^<\/v1\/events\?limit=3&cursor=[^>]+>; rel="next"$/);
    const body = Page.parse(await first.json());
    const next = await fetch(`${server.url}${link?.slice(1, link.indexOf(">"))}`);
    const second = Page.parse(await next.json());
    expect(second.items.length).toBe(3);
    expect(second.items.some((event) => body.items.some((seen) => seen.id === event.id))).toBe(false);
  });

  it("walks every page to the same events as one large page", async () => {
    const all = await page("?limit=1000");
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const next: z.infer<typeof Page> = await page(`?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      walked.push(...next.items.map((event) => event.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all.items.map((event) => event.id));
  });

  it("counts the matches on request", async () => {
    const res = await get("?count=true&limit=1");
    const body = Page.parse(await res.json());
    const all = await page("?limit=1000");
    expect(body.total).toBe(all.items.length);
    expect(res.headers.get("x-total-count")).toBe(String(all.items.length));
  });

  it("filters by event type, sub-type and outlet", async () => {
    const all = (await page("?limit=1000")).items;
    const sample = all[0];
    if (!sample) throw new Error("the seeds gave no events");
    const byType = await page(`?type=${encodeURIComponent(sample.eventType)}&limit=1000`);
    expect(byType.items.every((event) => event.eventType === sample.eventType)).toBe(true);
    expect(byType.items.length).toBe(all.filter((event) => event.eventType === sample.eventType).length);
    const bySub = await page(`?subType=${encodeURIComponent(sample.subEventType)}&limit=1000`);
    expect(bySub.items.every((event) => event.subEventType === sample.subEventType)).toBe(true);
    if (sample.outlet) {
      const byOutlet = await page(`?outlet=${sample.outlet}&limit=1000`);
      expect(byOutlet.items.map((event) => event.id)).toEqual(all.filter((event) => event.outlet === sample.outlet).map((event) => event.id));
    }
  });

  it("filters by governorate, place, bounding box and actor", async () => {
    const all = (await page("?limit=1000")).items;
    const located = all.find((event) => event.labels.place?.admin1 && event.lat !== null && event.lon !== null);
    if (!located?.labels.place?.admin1 || located.lat === null || located.lon === null || !located.place) throw new Error("no located seed event");
    const inAdmin1 = await page(`?admin1=${located.labels.place.admin1.id}&limit=1000`);
    expect(inAdmin1.items.map((event) => event.id)).toContain(located.id);
    expect(inAdmin1.items.every((event) => event.labels.place?.admin1?.id === located.labels.place?.admin1?.id || event.place === located.labels.place?.admin1?.id)).toBe(true);
    const atPlace = await page(`?place=${encodeURIComponent(located.place)}&limit=1000`);
    expect(atPlace.items.map((event) => event.id)).toContain(located.id);
    const box = [located.lon - 0.01, located.lat - 0.01, located.lon + 0.01, located.lat + 0.01].join(",");
    const inBox = await page(`?bbox=${box}&limit=1000`);
    expect(inBox.items.map((event) => event.id)).toContain(located.id);
    expect(inBox.items.every((event) => event.lat !== null && Math.abs(event.lat - (located.lat ?? 0)) <= 0.01)).toBe(true);
    const emptyBox = await page("?bbox=0,0,1,1");
    expect(emptyBox.items).toEqual([]);
    if (located.actor1) {
      const byActor = await page(`?actor=${located.actor1}&limit=1000`);
      expect(byActor.items.every((event) => [event.actor1, event.actor2, ...event.assocActors].includes(located.actor1))).toBe(true);
    }
  });

  it("gives nothing for a place outside the governorate also asked for", async () => {
    const all = (await page("?limit=1000")).items;
    const located = all.find((event) => event.place && event.labels.place?.admin1);
    if (!located?.place) throw new Error("no located seed event");
    expect((await page(`?place=${encodeURIComponent(located.place)}&admin1=SY99`)).items).toEqual([]);
  });

  it("filters by date range", async () => {
    const all = (await page("?limit=1000")).items;
    const dated = all.find((event) => event.date.value !== null);
    if (!dated?.date.value) throw new Error("no dated seed event");
    const day = await page(`?from=${dated.date.value}&to=${dated.date.value}&limit=1000`);
    expect(day.items.map((event) => event.id)).toContain(dated.id);
    expect((await page("?from=1990-01-01&to=1990-12-31")).items).toEqual([]);
  });

  it("searches Arabic text whatever the hamza form", async () => {
    const withHamza = await page(`?q=${encodeURIComponent("درعا")}&limit=1000`);
    expect(withHamza.items.length).toBeGreaterThan(0);
  });

  it("leaves background events out unless asked", async () => {
    const plain = (await page("?limit=1000")).items;
    const withBackground = (await page("?limit=1000&includeBackground=true")).items;
    expect(plain.every((event) => !event.background)).toBe(true);
    expect(withBackground.length).toBeGreaterThanOrEqual(plain.length);
  });

  it.each([
    ["an unknown filter", "?country=SY", "query"],
    ["an invalid date", "?from=2021-13-45", "query.from"],
    ["a date that is not ISO", "?to=28/07/2021", "query.to"],
    ["from after to", "?from=2021-08-01&to=2021-07-01", "query.from"],
    ["a limit above 1000", "?limit=1001", "query.limit"],
    ["a zero limit", "?limit=0", "query.limit"],
    ["a malformed bbox", "?bbox=1,2,3", "query.bbox"],
    ["an unknown event type", "?type=Wars", "query.type"],
    ["a SQL injection in place", `?place=${encodeURIComponent("x' OR '1'='1")}`, "query.place"],
    ["a SQL injection in actor", `?actor=${encodeURIComponent("a;drop table events;--")}`, "query.actor"],
    ["a bad includeBackground", "?includeBackground=yes", "query.includeBackground"],
  ])("answers 400 naming the field for %s", async (_name, query, path) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
  });

  it("answers 400 for a cursor it did not issue", async () => {
    const res = await get("?cursor=bm90LWEtY3Vyc29y");
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe("validation_failed");
  });

  it("treats an injection attempt in the text search as text and changes nothing", async () => {
    const before = await server.store.stats();
    const res = await get(`?q=${encodeURIComponent("'; delete from events; --")}`);
    expect(res.status).toBe(200);
    expect(Page.parse(await res.json()).items).toEqual([]);
    expect(await server.store.stats()).toEqual(before);
  });

  it("exports ACLED CSV that a CSV parser reads back into the same events", async () => {
    const events = (await page("?limit=1000")).items;
    const res = await get("?limit=1000&format=csv");
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true });
    const header = Object.keys(rows[0] ?? {});
    expect(header).toEqual([...ACLED_COLUMNS]);
    expect(rows.map((row) => row.event_id_cnty)).toEqual(events.map((event) => eventIdCnty(event.id)));
    for (const [index, event] of events.entries()) {
      const row = rows[index];
      expect(row?.event_date).toBe(event.date.value ?? "");
      expect(row?.event_type).toBe(event.eventType);
      expect(row?.sub_event_type).toBe(event.subEventType);
      expect(row?.geo_precision).toBe(String(event.geoPrecision));
      expect(row?.location).toBe(event.labels.place?.nameEn ?? "");
      expect(row?.actor1).toBe(event.labels.actor1?.nameEn ?? "");
      expect(row?.country).toBe("Syria");
      expect(["1", "2", "3"]).toContain(row?.time_precision);
      expect(Number(row?.fatalities)).toBeGreaterThanOrEqual(0);
      if (event.lat !== null) expect(Number(row?.latitude)).toBeCloseTo(event.lat, 4);
    }
  });

  it("chooses CSV by the Accept header", async () => {
    const res = await get("?limit=2", { Accept: "text/csv" });
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
  });

  it("exports GeoJSON with [longitude, latitude] points", async () => {
    const events = (await page("?limit=1000")).items;
    const res = await get("?limit=1000", { Accept: "application/geo+json" });
    expect(res.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const text = await res.text();
    expect(getIssues(text)).toEqual([]);
    const collection = GeoJsonFeatureCollection.parse(JSON.parse(text));
    expect(collection.features.map((feature) => feature.id)).toEqual(events.map((event) => event.id));
    for (const [index, feature] of collection.features.entries()) {
      const event = events[index];
      if (event?.lat === null || event?.lon === null || !event) {
        expect(feature.geometry).toBeNull();
        continue;
      }
      expect(feature.geometry?.coordinates).toEqual([event.lon, event.lat]);
      // Syria spans longitudes 35.7–42.4 and latitudes 32.3–37.3: a swapped pair would fall outside.
      const [lon, lat] = feature.geometry?.coordinates ?? [0, 0];
      expect(lon).toBeGreaterThan(35);
      expect(lon).toBeLessThan(43);
      expect(lat).toBeGreaterThan(32);
      expect(lat).toBeLessThan(38);
    }
  });

  it("exports JSON Lines, one event per line", async () => {
    const events = (await page("?limit=1000")).items;
    const res = await get("?limit=1000&format=jsonl");
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await res.text()).trim().split("\n");
    expect(lines.map((line) => EventItem.parse(JSON.parse(line)).id)).toEqual(events.map((event) => event.id));
  });

  it("answers 406 when no offered format is acceptable", async () => {
    const res = await get("", { Accept: "application/xml" });
    expect(res.status).toBe(406);
    expect((await problemOf(res)).code).toBe("not_acceptable");
  });

  it("revalidates with ETag and serves with Cache-Control", async () => {
    const first = await get("?limit=5");
    expect(first.headers.get("cache-control")).toContain("max-age");
    const tag = first.headers.get("etag") ?? "";
    expect((await get("?limit=5", { "If-None-Match": tag })).status).toBe(304);
  });
});
