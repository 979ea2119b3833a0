import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../store";
import { articleIdOf, type EventSpec, LEXICONS, makeResult, rawOf } from "../testing/fixtures";
import { resetStore, storeTargets } from "../testing/targets";
import { eventsQuery } from "../queries/events";

const BODY = "قصفت قوات الأسد طفس واشتبكت مع مقاتلين محليين في المزيريب، ثم خرجت مظاهرة في نوى.";
const SHELLING: EventSpec = { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack", date: "2021-07-29", place: "tafas", actor1: "regime-forces" };
const CLASH: EventSpec = { date: "2021-07-29", place: "muzayrib", actor1: "regime-forces", actor2: "local-fighters", fatalities: 2 };
const PROTEST: EventSpec = { eventType: "Protests", subEventType: "Peaceful protest", date: "2021-07-29", place: "nawa" };
const ARREST: EventSpec = { eventType: "Strategic developments", subEventType: "Arrests", date: "2021-07-29", place: "nawa", actor1: "regime-forces" };

describe.each(await storeTargets())("re-extraction on $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
  });
  beforeEach(async () => {
    await resetStore(store);
    await store.syncLexicons(LEXICONS);
  });
  afterAll(async () => store.close());

  const old = makeResult({ body: BODY, outlet: "orient", published: "2021-07-29", version: "0.0.9", events: [SHELLING, CLASH, PROTEST] });
  const improved = makeResult({ body: BODY, outlet: "orient", published: "2021-07-29", version: "0.1.0", events: [SHELLING, { ...CLASH, fatalities: 3 }, ARREST] });

  it("replaces an older version's events and reports what was added, removed and modified", async () => {
    await store.ingest({ result: old, raw: rawOf(old), format: "text" });
    const before = await store.getArticle(articleIdOf(old));
    const report = await store.reextract({ extract: () => improved, version: "0.1.0" });
    expect(report).toMatchObject({ articles: 1, failed: 0, added: 1, removed: 1, modified: 1, unchanged: 1 });
    const after = await store.getArticle(articleIdOf(old));
    expect(after?.extractorVersion).toBe("0.1.0");
    expect(after?.result.events.map((e) => e.subEventType)).toEqual(["Shelling/artillery/missile attack", "Armed clash", "Arrests"]);
    expect(after?.result.events[1]?.fatalities?.count).toBe(3);
    // Unchanged and modified events keep their ids, so links to them stay valid.
    expect(after?.events.slice(0, 2).map((e) => e.id)).toEqual(before?.events.slice(0, 2).map((e) => e.id));
  });

  it("finds a re-extracted article's new event by its text through the article's index", async () => {
    await store.ingest({ result: old, raw: rawOf(old), format: "text" });
    // No page-order walk: the trigram index on the article answers.
    const found = async (q: string) => (await eventsQuery(store.db, { q }, { limit: 10 }, undefined, 0)).map((row) => row.subEventType);
    expect(await found("نوى قوات الاسد")).toEqual([]);
    await store.reextract({ extract: () => improved, version: "0.1.0" });
    expect(await found("نوى قوات الاسد")).toEqual(["Arrests"]);
  });

  it("leaves articles already at the current version alone", async () => {
    await store.ingest({ result: improved, raw: rawOf(improved), format: "text" });
    const report = await store.reextract({ extract: () => old, version: "0.1.0" });
    expect(report.articles).toBe(0);
  });

  it("publishes the changes: the removed event retracted, its lone incident retracted, the new one created", async () => {
    await store.ingest({ result: old, raw: rawOf(old), format: "text" });
    const seen = (await store.listChanges()).at(-1)?.seq ?? 0;
    await store.reextract({ extract: () => improved, version: "0.1.0" });
    const feed = await store.listChanges({ after: seen });
    const kinds = feed.map((c) => `${c.entity}:${c.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(["event:retracted", "event:updated", "event:created", "incident:retracted", "incident:created"]));
    expect((await store.listIncidents({ eventType: "Protests" })).items).toHaveLength(0);
    expect((await store.listIncidents({ eventType: "Battles" })).items[0]?.fatalities).toEqual({ min: 3, max: 3 });
  });

  it("re-extracts named articles whatever their version, and reports an unknown id as failed", async () => {
    await store.ingest({ result: improved, raw: rawOf(improved), format: "text" });
    const report = await store.reextract({ extract: () => old, version: "0.1.0", articleIds: [articleIdOf(improved), "nope"] });
    expect(report).toMatchObject({ articles: 1, failed: 1, added: 1, removed: 1, modified: 1, unchanged: 1 });
    expect(report.changes[1]).toMatchObject({ articleId: "nope", error: "no article nope" });
  });

  it("reports an article the extractor fails on and goes on with the rest", async () => {
    await store.ingest({ result: old, raw: rawOf(old), format: "text" });
    const other = makeResult({ body: `${BODY} خبر آخر`, version: "0.0.9", events: [PROTEST] });
    await store.ingest({ result: other, raw: rawOf(other), format: "text" });
    const report = await store.reextract({
      extract: (raw) => {
        if (raw.includes("خبر آخر")) throw new Error("extractor crashed");
        return improved;
      },
      version: "0.1.0",
    });
    expect(report).toMatchObject({ articles: 1, failed: 1 });
    expect(report.changes.find((c) => c.error)?.error).toBe("extractor crashed");
    expect((await store.getArticle(articleIdOf(other)))?.extractorVersion).toBe("0.0.9");
  });
});
