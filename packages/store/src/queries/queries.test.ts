import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeScopeOf } from "../known";
import type { Store } from "../store";
import { type EventSpec, LEXICONS, makeResult, PLACES, rawOf } from "../testing/fixtures";
import { resetStore, storeTargets } from "../testing/targets";
import type { StoredEvent } from "./event-row";
import { encodeCursor } from "./cursor";
import { eventsQuery } from "./events";

interface Spec {
  body: string;
  outlet: string;
  event: EventSpec;
}

const ARTICLES: Spec[] = [
  { body: "قصفت قوات الأسد بلدة طفس بالمدفعية", outlet: "syria-tv", event: { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack", date: "2021-07-01", place: "tafas", actor1: "regime-forces", fatalities: 1 } },
  { body: "اشتباكات بين الفرقة الرابعة ومقاتلين محليين في المزيريب", outlet: "orient", event: { date: "2021-07-02", place: "muzayrib", actor1: "fourth-division", actor2: "local-fighters", fatalities: 3 } },
  { body: "مظاهرة في مدينة نوى تطالب بالإفراج عن المعتقلين", outlet: "enab", event: { eventType: "Protests", subEventType: "Peaceful protest", date: "2021-07-03", place: "nawa" } },
  { body: "تنظيم الدولة يهاجم حاجزاً في نوى", outlet: "syria-tv", event: { date: "2021-07-03", place: "nawa", actor1: "islamic-state", actor2: "regime-forces", fatalities: 2 } },
  { body: "استذكر الأهالي معارك طفس عام ٢٠١٨", outlet: "enab", event: { date: "2018-07-01", place: "tafas", background: true } },
];

describe.each(await storeTargets())("event queries on $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
    await resetStore(store);
    await store.syncLexicons(LEXICONS);
    for (const spec of ARTICLES) {
      const result = makeResult({ body: spec.body, outlet: spec.outlet, published: spec.event.date ?? null, events: [spec.event] });
      await store.ingest({ result, raw: rawOf(result), format: "text" });
    }
  });
  afterAll(async () => store.close());

  const bodies = async (items: StoredEvent[]) => {
    const out: string[] = [];
    for (const e of items) out.push((await store.getArticle(e.articleId))?.body ?? "");
    return out;
  };

  it("lists events newest first, background excluded by default", async () => {
    const page = await store.listEvents();
    expect(page.items.map((e) => e.date.value)).toEqual(["2021-07-03", "2021-07-03", "2021-07-02", "2021-07-01"]);
    expect(page.items.every((e) => !e.background)).toBe(true);
    expect((await store.listEvents({ includeBackground: true })).items).toHaveLength(5);
  });

  it("finds الأسد when asked for الاسد, ignoring hamza and diacritics", async () => {
    // The second hit names the regime only as a side: an event is found by its actors' names too.
    const found = await store.listEvents({ q: "الاسد" });
    expect(await bodies(found.items)).toEqual([ARTICLES[3]?.body, ARTICLES[0]?.body]);
    expect((await store.listEvents({ q: "قُوّات الأَسَد" })).items).toHaveLength(2);
    expect((await store.listEvents({ q: "الأسد بلدة" })).items).toHaveLength(1);
  });

  it("matches ة and ه alike in a search", async () => {
    expect(await bodies((await store.listEvents({ q: "مظاهره" })).items)).toEqual([ARTICLES[2]?.body]);
  });

  it("answers a text search among other filters alike whether the page-order walk or the trigram index finds it", async () => {
    const scope = await placeScopeOf(store.db);
    const filters = [
      { q: "الاسد" },
      { q: "الاسد", place: "daraa-gov" },
      { q: "طفس", includeBackground: true },
      { q: "نوى", eventType: "Battles" as const },
      { q: "قوات", outlet: "syria-tv" },
      { q: "لا يوجد" },
    ];
    for (const filter of filters) {
      const reference = (await eventsQuery(store.db, filter, { limit: 100 }, scope, 0)).map((row) => row.id);
      for (const limit of [1, 2, 50]) {
        // Walks shorter than the matches force the trigram branch; longer ones answer from the walk.
        for (const walkRows of [1, 2, 3, 1000]) {
          const first = (await eventsQuery(store.db, filter, { limit }, scope, walkRows)).map((row) => row.id);
          expect(first, JSON.stringify({ filter, limit, walkRows })).toEqual(reference.slice(0, limit + 1));
          if (reference.length > 1) {
            const top = await store.getEvent(String(reference[0]));
            const cursor = encodeCursor([top?.sortDate ?? "", Number(reference[0])]);
            const next = (await eventsQuery(store.db, filter, { limit, cursor }, scope, walkRows)).map((row) => row.id);
            expect(next, JSON.stringify({ filter, limit, walkRows, cursor })).toEqual(reference.slice(1, limit + 2));
          }
        }
      }
    }
  });

  it("treats % in a search as a letter, not a wildcard", async () => {
    expect((await store.listEvents({ q: "%" })).items).toHaveLength(0);
  });

  it("filters by a governorate and finds the towns inside it", async () => {
    expect((await store.listEvents({ place: "daraa-gov" })).items).toHaveLength(4);
    expect((await store.listEvents({ place: "muzayrib-sub" })).items.map((e) => e.place).sort()).toEqual(["muzayrib", "tafas"]);
    expect((await store.listEvents({ place: "nawa" })).items).toHaveLength(2);
  });

  it("filters by bounding box", async () => {
    const box: [number, number, number, number] = [36.0, 32.85, 36.1, 32.95];
    expect((await store.listEvents({ bbox: box })).items.map((e) => e.place)).toEqual(["nawa", "nawa"]);
  });

  it("filters by actor in any role, event type, sub-event type, outlet and dates", async () => {
    expect((await store.listEvents({ actor: "regime-forces" })).items).toHaveLength(2);
    expect((await store.listEvents({ eventType: "Protests" })).items.map((e) => e.place)).toEqual(["nawa"]);
    expect((await store.listEvents({ subEventType: "Armed clash" })).items).toHaveLength(2);
    expect((await store.listEvents({ outlet: "syria-tv" })).items).toHaveLength(2);
    expect((await store.listEvents({ from: "2021-07-02", to: "2021-07-02" })).items.map((e) => e.place)).toEqual(["muzayrib"]);
  });

  it("rejects a malformed filter with a coded error", async () => {
    await expect(store.listEvents({ from: "1/7/2021" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(store.listEvents({}, { cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "invalid_cursor" });
  });

  it("pages through events with a stable cursor, without repeats or gaps", async () => {
    const all = (await store.listEvents({}, { limit: 100 })).items.map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listEvents({}, { limit: 1, cursor });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("counts events by day, type and governorate for charts", async () => {
    expect(await store.countEvents("day")).toEqual([
      { key: "2021-07-01", events: 1, fatalities: 1 },
      { key: "2021-07-02", events: 1, fatalities: 3 },
      { key: "2021-07-03", events: 2, fatalities: 2 },
    ]);
    expect((await store.countEvents("type"))[0]).toEqual({ key: "Battles", events: 2, fatalities: 5 });
    expect(await store.countEvents("admin1")).toEqual([{ key: "daraa-gov", events: 4, fatalities: 6 }]);
  });

  it("filters incidents like events", async () => {
    expect((await store.listIncidents({ place: "nawa" })).items).toHaveLength(2);
    expect((await store.listIncidents({ q: "الاسد" })).items).toHaveLength(2);
    expect((await store.listIncidents({ outlet: "orient" })).items.map((i) => i.place)).toEqual(["muzayrib"]);
  });

  it("lists articles and reports stats", async () => {
    const articles = await store.listArticles({}, { limit: 3 });
    expect(articles.items).toHaveLength(3);
    const rest = await store.listArticles({}, { limit: 3, cursor: articles.nextCursor ?? undefined });
    expect(rest.items).toHaveLength(2);
    expect((await store.listArticles({ q: "الاسد" })).items).toHaveLength(1);
    expect(await store.stats()).toMatchObject({ articles: 5, events: 5, incidents: 4, extractorVersions: [{ version: "0.1.0", articles: 5 }] });
  });
});

// Governorate, leaf-place and actor filters read page-order indexes (admin1, place_id, one per actor role) instead of
// the place path and actors arrays; they must answer exactly what the arrays answer.
const FARMS: Spec = {
  body: "اشتباكات في مزارع طفس شارك فيها مقاتلون محليون",
  outlet: "orient",
  event: { date: "2021-06-20", place: "tafas-farms", actor1: "regime-forces", assocActors: ["local-fighters"] },
};

describe.each(await storeTargets())("page-order filters on $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
    await resetStore(store);
    await store.syncLexicons(LEXICONS);
    for (const spec of [...ARTICLES, FARMS]) {
      const result = makeResult({ body: spec.body, outlet: spec.outlet, published: spec.event.date ?? null, events: [spec.event] });
      await store.ingest({ result, raw: rawOf(result), format: "text" });
    }
  });
  afterAll(async () => store.close());

  async function everyPage(filter: Parameters<Store["listEvents"]>[0]): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listEvents(filter, { limit: 1, cursor });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return seen;
  }

  it("answers every kind of place filter like the place path, page by page", async () => {
    for (const place of ["daraa-gov", "daraa-dist", "muzayrib-sub", "tafas", "nawa", "tafas-farms", "unknown-place"]) {
      const all = (await store.listEvents({ place, includeBackground: true }, { limit: 100 })).items.map((e) => e.id);
      const byPath = await store.sql.executeSql("select id from events where place_path @> array[$1]::text[] order by sort_date desc, id desc", [place]);
      expect(all).toEqual(byPath.rows.map((row) => String(row.id)));
      expect(await everyPage({ place, includeBackground: true })).toEqual(all);
    }
    // A town is only itself: its farms, 2 km away, are a place of their own.
    expect((await store.listEvents({ place: "tafas" })).items.map((e) => e.place)).toEqual(["tafas"]);
    expect((await store.countEvents("place", { place: "daraa-gov" })).reduce((n, row) => n + row.events, 0)).toBe(5);
  });

  it("finds an actor in every role, newest first, page by page", async () => {
    const regime = await store.listEvents({ actor: "regime-forces" });
    expect(regime.items.map((e) => [e.date.value, e.actor1 === "regime-forces" ? "actor1" : "actor2"])).toEqual([
      ["2021-07-03", "actor2"],
      ["2021-07-01", "actor1"],
      ["2021-06-20", "actor1"],
    ]);
    expect(await everyPage({ actor: "regime-forces" })).toEqual(regime.items.map((e) => e.id));
    // Associated actors count too.
    expect((await store.listEvents({ actor: "local-fighters" })).items.map((e) => e.place)).toEqual(["muzayrib", "tafas-farms"]);
    expect((await store.listEvents({ actor: "regime-forces", place: "nawa" })).items).toHaveLength(1);
    expect((await store.listEvents({ actor: "regime-forces", eventType: "Protests" })).items).toHaveLength(0);
    expect((await store.countEvents("day", { actor: "local-fighters" })).map((row) => row.key)).toEqual(["2021-06-20", "2021-07-02"]);
  });

  it("does not trust a district's governorate when a place inside it names another one", async () => {
    const tafas = PLACES.find((p) => p.id === "tafas");
    if (!tafas) throw new Error("fixture without tafas");
    const odd = { ...tafas, id: "odd-town", name: "بلدة غريبة", admin1: "other-gov", admin3: null };
    await store.syncLexicons({ ...LEXICONS, places: new Map([...LEXICONS.places, [odd.id, odd]]) });
    const result = makeResult({ body: "اشتباكات في بلدة غريبة", outlet: "enab", published: "2021-05-01", events: [{ date: "2021-05-01", place: "odd-town" }] });
    const { id, name, nameEn, kind, lat, lon, admin1, admin2, admin3 } = odd;
    result.places.push({ id, name, nameEn, kind, lat, lon, admin1, admin2, admin3 });
    await store.ingest({ result, raw: rawOf(result), format: "text" });
    const inDistrict = (await store.listEvents({ place: "daraa-dist" }, { limit: 100 })).items.map((e) => e.place);
    expect(inDistrict).toContain("odd-town");
    expect((await store.listEvents({ place: "daraa-gov" }, { limit: 100 })).items.map((e) => e.place)).not.toContain("odd-town");
  });
});

// A district filter reads the events' admin2 column (page-order index). The district is not at a fixed place in the
// path ([id, admin3, admin2, admin1] without the missing ones), so it is set from the place's own admin2, or the place
// itself for a district: every place kind here must get the district its path holds, and the filter must answer what
// the path answers.
describe.each(await storeTargets())("events' district on $name", (target) => {
  let store: Store;
  const base = PLACES.find((p) => p.id === "tafas");
  if (!base) throw new Error("fixture without tafas");
  const extra = [
    // The real gazetteer gives a district itself as its admin2; the fixture's daraa-dist has none.
    { ...base, id: "dist-self", name: "منطقة ازرع", kind: "district" as const, admin2: "dist-self", admin3: null },
    { ...base, id: "no-sub-town", name: "بلدة بلا ناحية", admin2: "dist-self", admin3: null },
    { ...base, id: "no-dist-town", name: "بلدة بلا منطقة", admin2: null, admin3: "muzayrib-sub" },
    { ...base, id: "no-gov-town", name: "بلدة بلا محافظة", admin1: null, admin2: "dist-self", admin3: null },
    { ...base, id: "a-region", name: "منطقة ما", kind: "region" as const, admin2: null, admin3: null },
  ];
  const expected: Record<string, string | null> = {
    tafas: "daraa-dist",
    nawa: "daraa-dist",
    "daraa-dist": "daraa-dist",
    "muzayrib-sub": "daraa-dist",
    "daraa-gov": null,
    "dist-self": "dist-self",
    "no-sub-town": "dist-self",
    "no-dist-town": null,
    "no-gov-town": "dist-self",
    "a-region": null,
  };
  beforeAll(async () => {
    store = await target.open();
    await resetStore(store);
    await store.syncLexicons({ ...LEXICONS, places: new Map([...LEXICONS.places, ...extra.map((p) => [p.id, p] as const)]) });
    let day = 1;
    for (const place of [...Object.keys(expected), null]) {
      const date = `2021-03-${String(day++).padStart(2, "0")}`;
      const result = makeResult({ body: `اشتباكات في ${place ?? "مكان ما"}`, outlet: "enab", published: date, events: [{ date, place }] });
      await store.ingest({ result, raw: rawOf(result), format: "text" });
    }
  });
  afterAll(async () => store.close());

  it("stores the district the path holds, for every kind of place", async () => {
    const { rows } = await store.sql.executeSql("select place_id, admin2, place_path from events order by sort_date");
    const stored = Object.fromEntries(rows.map((row) => [String(row.place_id), row.admin2 ?? null]));
    expect(stored).toEqual({ ...expected, null: null });
    for (const row of rows) if (row.admin2 !== null) expect(row.place_path).toContain(row.admin2);
    // Position from the end of the path would be wrong for these: the sub-district, the town itself.
    expect(rows.find((row) => row.place_id === "no-dist-town")?.place_path).toEqual(["no-dist-town", "muzayrib-sub", "daraa-gov"]);
    expect(rows.find((row) => row.place_id === "no-gov-town")?.place_path).toEqual(["no-gov-town", "dist-self"]);
  });

  it("filters by district through admin2 and answers what the path answers", async () => {
    const scope = await placeScopeOf(store.db);
    expect([...scope.districts].sort()).toEqual(["daraa-dist", "dist-self"]);
    expect(eventsQuery(store.db, { place: "dist-self" }, {}, scope).toSQL().sql).toContain('"admin2" =');
    for (const place of Object.keys(expected)) {
      const all = (await store.listEvents({ place }, { limit: 100 })).items.map((e) => e.id);
      const byPath = await store.sql.executeSql("select id from events where place_path @> array[$1]::text[] order by sort_date desc, id desc", [place]);
      expect(all).toEqual(byPath.rows.map((row) => String(row.id)));
    }
    expect((await store.listEvents({ place: "dist-self" })).items.map((e) => e.place)).toEqual(["no-gov-town", "no-sub-town", "dist-self"]);
  });

  it("does not read admin2 for a district some place names at another level", async () => {
    const odd = { ...base, id: "odd-sub-town", name: "بلدة غريبة", admin2: "no-such-dist", admin3: "dist-self" };
    await store.syncLexicons({ ...LEXICONS, places: new Map([...LEXICONS.places, ...[...extra, odd].map((p) => [p.id, p] as const)]) });
    const result = makeResult({ body: "اشتباكات في بلدة غريبة", outlet: "enab", published: "2021-04-01", events: [{ date: "2021-04-01", place: "odd-sub-town" }] });
    await store.ingest({ result, raw: rawOf(result), format: "text" });
    const scope = await placeScopeOf(store.db);
    expect(scope.districts.has("dist-self")).toBe(false);
    expect((await store.listEvents({ place: "dist-self" })).items.map((e) => e.place)).toEqual(["odd-sub-town", "no-gov-town", "no-sub-town", "dist-self"]);
  });
});

describe.each(await storeTargets())("text search within one article on $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
    await resetStore(store);
    await store.syncLexicons(LEXICONS);
    // Two events quoting the same sentence, told apart only by the actor each names.
    const body = "هجوم على حاجز في نوى وقصف على طفس";
    const result = makeResult({
      body,
      outlet: "enab",
      published: "2021-07-05",
      events: [
        { date: "2021-07-05", place: "nawa", actor1: "islamic-state" },
        { date: "2021-07-05", place: "tafas", actor1: "fourth-division" },
      ],
    });
    await store.ingest({ result, raw: rawOf(result), format: "text" });
  });
  afterAll(async () => store.close());

  it("finds only the event whose own text holds the words, though its article's text holds them for both", async () => {
    const scope = await placeScopeOf(store.db);
    for (const walkRows of [0, 1000]) {
      const found = async (q: string) => (await eventsQuery(store.db, { q }, { limit: 10 }, scope, walkRows)).map((row) => row.placeId);
      expect(await found("تنظيم الدولة"), `walk ${walkRows}`).toEqual(["nawa"]);
      expect(await found("الفرقة الرابعة"), `walk ${walkRows}`).toEqual(["tafas"]);
      expect((await found("حاجز")).sort(), `walk ${walkRows}`).toEqual(["nawa", "tafas"]);
    }
    expect((await store.listIncidents({ q: "تنظيم الدولة" })).items.map((i) => i.place)).toEqual(["nawa"]);
  });
});
