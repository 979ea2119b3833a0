import { describe, expect, it } from "vitest";
import type { GoldEntity } from "./gold-schema";
import { candidatesOf, matchEntities, predictedWeapons, scoreGeocoding, scoreWeapons } from "./match-entities";
import { DARAA, TAFAS, event, goldOf, place, prediction } from "./test-fixtures";

const entity = (name: string, aliases: string[] = [], required = true): GoldEntity => ({ name, aliases, required });

describe("matchEntities", () => {
  it("matches a place by an alias after stripping ال and a preposition", () => {
    const gold = [{ ...TAFAS, name: "الشجرة", aliases: ["الشجره", "Al-Shajara"] }];
    const score = matchEntities(gold, [{ id: "p1", names: ["بالشجرة", "Shajara"] }]);
    expect(score.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("matches on the English name when the Arabic one differs", () => {
    const score = matchEntities([entity("قوات النظام", ["Syrian regime forces"])], [
      { id: "a1", names: ["جيش النظام السوري", "Syrian Regime Forces"] },
    ]);
    expect(score.counts.tp).toBe(1);
  });

  it("counts an unmatched required entry as a miss and an unmatched prediction as a false alarm", () => {
    const score = matchEntities([entity("طفس"), entity("درعا")], [{ id: "p1", names: ["طفس"] }, { id: "p2", names: ["نوى"] }]);
    expect(score.counts).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.misses.map((miss) => miss.name)).toEqual(["درعا"]);
    expect(score.falseAlarms.map((alarm) => alarm.id)).toEqual(["p2"]);
  });

  it("neither misses an absent optional entry nor counts a prediction of it as a false alarm", () => {
    const gold = [entity("قوات النظام"), entity("تنظيم الدولة", ["داعش"], false), entity("المدنيين", [], false)];
    const score = matchEntities(gold, [{ id: "a1", names: ["قوات النظام"] }, { id: "a2", names: ["داعش"] }]);
    expect(score.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("lists a second entry for the same referent as a duplicate, not a find or a false alarm", () => {
    const gold = [entity("قوات النظام", ["قوات الأسد"])];
    const score = matchEntities(gold, [{ id: "a1", names: ["قوات النظام"] }, { id: "a2", names: ["قوات الأسد"] }]);
    expect(score.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.duplicates.map((d) => d.id)).toEqual(["a2"]);
  });

  it("gives a prediction that fits two gold entries to the required one", () => {
    const gold = [entity("النظام", [], false), entity("قوات النظام", ["النظام"])];
    const score = matchEntities(gold, [{ id: "a1", names: ["النظام"] }]);
    expect(score.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("scoreGeocoding", () => {
  const goldPlaces = [TAFAS];
  const scoreAt = (lat: number | null, lon: number | null) => {
    const result = prediction({ places: [place("p1", "طفس", "Tafas", lat, lon)] });
    const { pairs } = matchEntities(goldPlaces, candidatesOf(result).places);
    return scoreGeocoding(pairs, result);
  };

  it("counts a place 4.9 km away as well placed and one 5.1 km away as not", () => {
    // One degree of latitude is about 111.2 km.
    expect(scoreAt(TAFAS.lat + 4.9 / 111.2, TAFAS.lon).tally).toEqual({ correct: 1, total: 1 });
    expect(scoreAt(TAFAS.lat + 5.1 / 111.2, TAFAS.lon).tally).toEqual({ correct: 0, total: 1 });
  });

  it("counts a matched place without predicted coordinates as not well placed", () => {
    const { tally, placed } = scoreAt(null, null);
    expect(tally).toEqual({ correct: 0, total: 1 });
    expect(placed[0]?.distanceKm).toBeNull();
  });

  it("skips gold places with unknown coordinates", () => {
    const gold = [{ ...DARAA, lat: null, lon: null }];
    const result = prediction({ places: [place("p1", "درعا", "Daraa", 10, 10)] });
    const { pairs } = matchEntities(gold, candidatesOf(result).places);
    expect(scoreGeocoding(pairs, result).tally).toEqual({ correct: 0, total: 0 });
  });
});

describe("weapons", () => {
  it("collects weapon mentions and event weapons into one set, ignoring unresolved mentions", () => {
    const result = prediction({
      mentions: [
        { kind: "weapon", text: "دبابة", start: 0, end: 5, ref: "tank" },
        { kind: "weapon", text: "سلاح", start: 6, end: 10, ref: null },
        { kind: "place", text: "طفس", start: 11, end: 14, ref: "mortar" },
      ],
      events: [event({ weapons: ["mortar", "tank"], background: true })],
    });
    expect([...predictedWeapons(result)].sort()).toEqual(["mortar", "tank"]);
  });

  it("compares weapon sets", () => {
    const score = scoreWeapons(goldOf({ weapons: ["tank", "rpg"] }).expect.weapons, new Set(["tank", "sniper"] as const));
    expect(score.counts).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.misses).toEqual(["rpg"]);
    expect(score.falseAlarms).toEqual(["sniper"]);
  });
});

describe("vague places", () => {
  it("does not count an unmatched region as a false alarm, but still lets it match", () => {
    const gold = [{ name: "طفس", aliases: [], lat: null, lon: null, required: true }];
    const predicted = [
      { id: "r1", names: ["ريف درعا الغربي"] },
      { id: "p1", names: ["طفس"] },
    ];
    const score = matchEntities(gold, predicted, (c) => c.id === "r1");
    expect(score.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});
