import { describe, expect, it } from "vitest";
import type { EvalReport } from "./evaluate";
import { formatReport } from "./report";
import { scoreArticle } from "./score-article";
import { DARAA, TAFAS, count, event, goldEvent, goldOf, place, prediction } from "./test-fixtures";
import { totalsOf } from "./totals";

const BODY = "قصفت قوات النظام مدينة طفس بقذائف الهاون. وقتل أكثر من 200 مدني خلال الحملة.";

function reportOf(): EvalReport {
  const gold = goldOf({
    places: [TAFAS, DARAA],
    events: [goldEvent({ note: "clash at the entrances of Tafas" })],
    forbid: [{ rule: "eventFatalitiesAtLeast", value: 200 }],
  });
  const result = prediction({
    body: BODY,
    places: [place("tafas", "طفس", "Tafas", TAFAS.lat, TAFAS.lon), place("nawa", "نوى", "Nawa", 32.89, 36.04)],
    events: [
      event({
        id: "shelling",
        eventType: "Explosions/Remote violence",
        subEventType: "Shelling/artillery/missile attack",
        place: "tafas",
        fatalities: count(null, 200, null),
        evidence: [{ start: 0, end: 41 }],
      }),
    ],
  });
  const articles = [scoreArticle("a.json", gold, result)];
  return { goldDir: "gold", articlesDir: "articles", extractor: { name: "test", version: "0" }, totals: totalsOf(articles), articles };
}

describe("formatReport", () => {
  it("prints per-kind precision, recall and F1, with a dash for a figure that has nothing to measure", () => {
    const text = formatReport(reportOf());
    expect(text).toMatch(/places\s+1\s+1\s+1\s+0\.50\s+0\.50\s+0\.50/);
    expect(text).toMatch(/actors\s+0\s+0\s+0\s+—\s+—\s+—/);
    expect(text).toMatch(/geocoding ≤ 5 km\s+1\/1\s+1\.00/);
    expect(text).toContain("forbid violations: 1");
    expect(text).not.toContain("── ");
  });

  it("in verbose mode lists each miss with its gold note and each false alarm with its evidence sentence", () => {
    const text = formatReport(reportOf(), { verbose: true });
    expect(text).toContain("places      missed: درعا");
    expect(text).toContain("places      false alarm: نوى");
    expect(text).toContain("gold: clash at the entrances of Tafas");
    expect(text).toContain("event false [Explosions/Remote violence / Shelling/artillery/missile attack @ طفس, no date]");
    expect(text).toContain("«قصفت قوات النظام مدينة طفس بقذائف الهاون.»");
    expect(text).toContain("FORBIDDEN   eventFatalitiesAtLeast 200");
  });
});
