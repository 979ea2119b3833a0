import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { articles, changeLog, events, type figures } from "../db/schema";
import { openStore, type Store } from "../store";
import { articleIdOf, LEXICONS, makeResult, rawOf } from "../testing/fixtures";
import { resetStore, storeTargets } from "../testing/targets";
import { ingestArticle } from "./ingest";

const BODY = "شنت قوات الأسد هجوماً على مدينة طفس غربي درعا، وقتل مقاتلان محليان في الاشتباكات.";

describe.each(await storeTargets())("ingestion on $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
  });
  beforeEach(async () => {
    await resetStore(store);
    await store.syncLexicons(LEXICONS);
  });
  afterAll(async () => store.close());

  const result = makeResult({
    body: BODY,
    outlet: "syria-tv",
    published: "2021-07-29",
    events: [{ date: "2021-07-29", place: "tafas", actor1: "regime-forces", actor2: "local-fighters", fatalities: 2 }],
  });

  async function rowCount(table: typeof articles | typeof events | typeof figures | typeof changeLog): Promise<number> {
    const [row] = await store.db.select({ n: count() }).from(table);
    return Number(row?.n ?? 0);
  }

  it("stores an article ingested twice only once", async () => {
    const first = await store.ingest({ result, raw: rawOf(result), format: "text", url: "https://example.org/a" });
    const second = await store.ingest({ result, raw: rawOf(result), format: "text", url: "https://example.org/a" });
    expect(first).toEqual({ status: "created", articleId: articleIdOf(result), events: 1 });
    expect(second).toEqual({ status: "duplicate", articleId: articleIdOf(result) });
    expect(await rowCount(articles)).toBe(1);
    expect(await rowCount(events)).toBe(1);
  });

  it("treats the same URL with another text as the same article", async () => {
    await store.ingest({ result, raw: rawOf(result), format: "text", url: "https://example.org/a" });
    const other = makeResult({ body: `${BODY} تحديث` });
    const again = await store.ingest({ result: other, raw: rawOf(other), format: "text", url: "https://example.org/a" });
    expect(again.status).toBe("duplicate");
    expect(await rowCount(articles)).toBe(1);
  });

  it("stores one article ingested by several callers at the same moment once", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => store.ingest({ result, raw: rawOf(result), format: "text" })),
    );
    expect(outcomes.filter((o) => o.status === "created")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "duplicate")).toHaveLength(5);
    expect(await rowCount(articles)).toBe(1);
    expect(await rowCount(events)).toBe(1);
  });

  it("leaves no partial rows when a failure strikes mid-article", async () => {
    await expect(
      ingestArticle(store.db, { result, raw: rawOf(result), format: "text" }, {
        afterEvents: () => {
          throw new Error("injected failure");
        },
      }),
    ).rejects.toThrow("injected failure");
    expect(await rowCount(articles)).toBe(0);
    expect(await rowCount(events)).toBe(0);
    expect(await rowCount(changeLog)).toBe(0);
    const retried = await store.ingest({ result, raw: rawOf(result), format: "text" });
    expect(retried.status).toBe("created");
  });

  it("stores an article once when two stores (two pools, as two processes) ingest it at the same moment", async () => {
    if (!store.url) return; // one embedded connection: PGlite has no second process to race with
    const other = await openStore({ url: store.url, syncLexicons: false });
    try {
      const results = Array.from({ length: 5 }, (_, i) => makeResult({ body: `${BODY} (${i})`, outlet: "syria-tv", published: "2021-07-29", events: [{ date: "2021-07-29", place: "tafas", actor1: "regime-forces", actor2: "local-fighters" }] }));
      const outcomes = await Promise.all(
        results.flatMap((r) => [store, other, store, other].map((s) => s.ingest({ result: r, raw: rawOf(r), format: "text" }))),
      );
      expect(outcomes.filter((o) => o.status === "created")).toHaveLength(5);
      expect(await rowCount(articles)).toBe(5);
      expect(await rowCount(events)).toBe(5);
      // Same day, place and actors, five outlets' worth of articles: one incident, whichever store filed first.
      const incidents = await store.listIncidents();
      expect(incidents.items.map((i) => i.reportCount)).toEqual([5]);
    } finally {
      await other.close();
    }
  });

  it("leaves nothing of an article whose filing fails (the second statement)", async () => {
    // An assignment to an incident that does not exist breaks the foreign key inside marsad_file_events.
    await expect(
      ingestArticle(store.db, { result, raw: rawOf(result), format: "text" }, {
        plan: (plan) => ({ ...plan, opening: [], assignments: plan.opening.map((e) => [e.id, 999_999] as [number, number]) }),
      }),
    ).rejects.toThrow();
    expect(await rowCount(articles)).toBe(0);
    expect(await rowCount(events)).toBe(0);
    expect(await rowCount(changeLog)).toBe(0);
    expect((await store.ingest({ result, raw: rawOf(result), format: "text" })).status).toBe("created");
  });

  it("keeps every field of the extraction, evidence included", async () => {
    await store.ingest({ result, raw: rawOf(result), format: "text" });
    const stored = await store.getArticle(articleIdOf(result));
    expect(stored?.result).toEqual(result);
    expect(stored?.raw).toBe(rawOf(result));
    const [row] = await store.db.select().from(events).where(eq(events.articleId, articleIdOf(result)));
    expect(row?.evidence).toEqual([{ start: 0, end: BODY.length }]);
  });

  it("rejects a result that does not match the model with a coded error", async () => {
    const bad = { ...result, article: { ...result.article, published: "29/7/2021" } };
    await expect(store.ingest({ result: bad, raw: "x", format: "text" })).rejects.toMatchObject({ code: "invalid_result" });
    expect(await rowCount(articles)).toBe(0);
  });

  it("records each new event in the change feed", async () => {
    await store.ingest({ result, raw: rawOf(result), format: "text" });
    const feed = await store.listChanges();
    expect(feed.map((c) => [c.entity, c.kind])).toEqual([
      ["event", "created"],
      ["incident", "created"],
    ]);
    expect(await store.listChanges({ after: feed[1]?.seq })).toEqual([]);
  });
});
