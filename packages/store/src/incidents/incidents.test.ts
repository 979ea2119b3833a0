import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../store";
import { ChangeLog } from "../changes";
import { mergeIncident } from "./cluster";
import { refreshIncident } from "./refresh";
import { type EventSpec, LEXICONS, makeResult, rawOf } from "../testing/fixtures";
import { resetStore, storeTargets } from "../testing/targets";

const CLASH: EventSpec = { date: "2021-07-29", place: "tafas", actor1: "regime-forces", actor2: "local-fighters" };

describe.each(await storeTargets())("incidents on $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
  });
  beforeEach(async () => {
    await resetStore(store);
    await store.syncLexicons(LEXICONS);
  });
  afterAll(async () => store.close());

  async function report(body: string, outlet: string, events: EventSpec[]): Promise<void> {
    const result = makeResult({ body, outlet, published: "2021-07-29", events });
    const outcome = await store.ingest({ result, raw: rawOf(result), format: "text" });
    expect(outcome.status).toBe("created");
  }

  it("folds two outlets' reports with different death tolls into one incident showing both counts", async () => {
    await report("قتل مقاتلان في طفس", "syria-tv", [{ ...CLASH, fatalities: 2 }]);
    await report("مقتل ثلاثة مقاتلين في اشتباكات طفس", "orient", [{ ...CLASH, fatalities: 3 }]);
    const page = await store.listIncidents();
    expect(page.items).toHaveLength(1);
    const [summary] = page.items;
    expect(summary).toMatchObject({ reportCount: 2, outlets: expect.arrayContaining(["syria-tv", "orient"]), fatalities: { min: 2, max: 3 } });
    const lookup = await store.getIncident(summary?.id ?? "");
    if (lookup.status !== "found") throw new Error(`expected the incident, got ${lookup.status}`);
    expect(lookup.incident.reports.map((r) => r.outlet).sort()).toEqual(["orient", "syria-tv"]);
    expect(lookup.incident.reports[0]?.evidence[0]?.text).toBe("قتل مقاتلان في طفس");
    const fatalities = lookup.incident.disagreements.find((d) => d.field === "fatalities");
    expect(fatalities?.values.map((v) => [v.value, v.outlets])).toEqual(
      expect.arrayContaining([
        [2, ["syria-tv"]],
        [3, ["orient"]],
      ]),
    );
  });

  it("finds an incident, once, by the words of any one of its reports", async () => {
    await report("قتل مقاتلان في طفس", "syria-tv", [{ ...CLASH, fatalities: 2 }]);
    await report("مقتل ثلاثة مقاتلين في اشتباكات طفس", "orient", [{ ...CLASH, fatalities: 3 }]);
    await report("اشتباكات عنيفة في طفس", "enab", [{ ...CLASH, date: "2021-08-02" }]);
    const found = async (q: string) => (await store.listIncidents({ q })).items.map((i) => i.reportCount);
    expect(await found("مقاتلان")).toEqual([2]);
    expect(await found("ثلاثة مقاتلين")).toEqual([2]);
    expect(await found("اشتباكات")).toEqual([1, 2]);
    expect(await found("عنيفة")).toEqual([1]);
    expect(await found("قصف")).toEqual([]);
  });

  it("keeps an event at the same place on another day separate", async () => {
    await report("اشتباكات في طفس", "syria-tv", [CLASH]);
    await report("اشتباكات جديدة في طفس", "orient", [{ ...CLASH, date: "2021-08-02" }]);
    expect((await store.listIncidents()).items).toHaveLength(2);
  });

  it("joins a report placed 2 km away and one placed only at the sub-district", async () => {
    await report("اشتباكات في طفس", "syria-tv", [CLASH]);
    await report("اشتباكات في مزارع طفس", "orient", [{ ...CLASH, place: "tafas-farms" }]);
    await report("اشتباكات في ريف درعا الغربي", "enab", [{ ...CLASH, place: "muzayrib-sub" }]);
    const page = await store.listIncidents();
    expect(page.items.map((i) => i.reportCount)).toEqual([3]);
    expect(page.items[0]?.place).toBe("tafas");
  });

  it("shows a denial as a disagreement and the outlets that agree", async () => {
    await report("قصف على طفس", "syria-tv", [{ ...CLASH, fatalities: 1 }]);
    await report("قصف طفس وقتل شخص", "enab", [{ ...CLASH, fatalities: 1 }]);
    await report("النظام ينفي قصف طفس", "orient", [{ ...CLASH, fatalities: 1, disputed: true }]);
    const [summary] = (await store.listIncidents()).items;
    const lookup = await store.getIncident(summary?.id ?? "");
    if (lookup.status !== "found") throw new Error("incident not found");
    expect(lookup.incident.disputed).toBe(true);
    expect(lookup.incident.disagreements.map((d) => d.field)).toEqual(["disputed"]);
    expect(lookup.incident.agreeing.sort()).toEqual(["enab", "syria-tv"]);
  });

  it("keeps reports 5.1 km apart in separate incidents even when a vaguer report fits both", async () => {
    // Every report of an incident must fit every other (complete linkage), so a sub-district report cannot chain
    // Tafas and Muzayrib together; it joins one of them.
    await report("اشتباكات في طفس", "syria-tv", [CLASH]);
    await report("اشتباكات في المزيريب", "orient", [{ ...CLASH, place: "muzayrib" }]);
    await report("اشتباكات في ناحية المزيريب", "enab", [{ ...CLASH, place: "muzayrib-sub" }]);
    const counts = (await store.listIncidents()).items.map((i) => i.reportCount).sort();
    expect(counts).toEqual([1, 2]);
  });

  it("answers a merged incident's id with a redirect and records the merge in the change feed", async () => {
    await report("اشتباكات في طفس", "syria-tv", [CLASH]);
    await report("اشتباكات في المزيريب", "orient", [{ ...CLASH, place: "muzayrib" }]);
    const [newer, older] = (await store.listIncidents()).items;
    if (!newer || !older) throw new Error("expected two incidents");
    await store.db.transaction(async (tx) => {
      const log = new ChangeLog();
      await mergeIncident(tx, Number(newer.id), Number(older.id), log);
      await log.flush(tx);
    });
    await store.db.transaction((tx) => refreshIncident(tx, Number(older.id)));
    expect(await store.getIncident(newer.id)).toEqual({ status: "redirect", to: older.id });
    const kept = await store.getIncident(older.id);
    expect(kept.status === "found" && kept.incident.reportCount).toBe(2);
    const feed = await store.listChanges();
    expect(feed.at(-1)).toMatchObject({ entity: "incident", id: newer.id, kind: "merged", data: { into: older.id } });
    expect((await store.listIncidents()).items.map((i) => i.id)).toEqual([older.id]);
  });

  it("files reports ingested at the same moment into one incident", async () => {
    const reports = ["syria-tv", "orient", "enab"].map((outlet, i) => {
      const result = makeResult({ body: `اشتباكات في طفس (${outlet})`, outlet, published: "2021-07-29", events: [{ ...CLASH, fatalities: i + 1 }] });
      return store.ingest({ result, raw: rawOf(result), format: "text" });
    });
    expect((await Promise.all(reports)).map((o) => o.status)).toEqual(["created", "created", "created"]);
    const page = await store.listIncidents();
    expect(page.items.map((i) => [i.reportCount, i.fatalities])).toEqual([[3, { min: 1, max: 3 }]]);
  });

  it("does not file background mentions into incidents", async () => {
    await report("في عام 2018 سيطر النظام على طفس", "syria-tv", [{ ...CLASH, background: true }]);
    expect((await store.listIncidents()).items).toHaveLength(0);
  });
});
