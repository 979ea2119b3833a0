import { describe, expect, it } from "vitest";
import { distanceKm, type ReportFacts, sameIncident, samePlace } from "./compatible";

const base: ReportFacts = {
  articleId: "a",
  eventType: "Battles",
  date: "2021-07-29",
  placeId: "tafas",
  placeKind: "town",
  lat: 32.7386,
  lon: 36.0697,
  placePath: ["tafas", "muzayrib-sub", "daraa-dist", "daraa-gov"],
  actor1: "regime-forces",
  actor2: "local-fighters",
};
const other = (patch: Partial<ReportFacts>): ReportFacts => ({ ...base, articleId: "b", ...patch });
const parents = new Map([["fourth-division", "regime-forces"]]);

describe("sameIncident", () => {
  it("joins two reports of one place and day from different articles", () => {
    expect(sameIncident(base, other({}), parents)).toBe(true);
  });

  it("never joins two events of the same article", () => {
    expect(sameIncident(base, { ...base }, parents)).toBe(false);
  });

  it("keeps events two days apart separate", () => {
    expect(sameIncident(base, other({ date: "2021-07-31" }), parents)).toBe(false);
  });

  it("accepts dates one day apart", () => {
    expect(sameIncident(base, other({ date: "2021-07-30" }), parents)).toBe(true);
  });

  it("keeps events of different types separate", () => {
    expect(sameIncident(base, other({ eventType: "Protests" }), parents)).toBe(false);
  });

  it("accepts a unit where the other report names its army", () => {
    expect(sameIncident(base, other({ actor1: "fourth-division" }), parents)).toBe(true);
  });

  it("accepts the sides named in the other order", () => {
    expect(sameIncident(base, other({ actor1: "local-fighters", actor2: "regime-forces" }), parents)).toBe(true);
  });

  it("rejects a different attacker", () => {
    expect(sameIncident(base, other({ actor1: "islamic-state" }), parents)).toBe(false);
  });
});

describe("samePlace", () => {
  it("joins spots within 5 km", () => {
    expect(samePlace(base, other({ placeId: "tafas-farms", placeKind: "landmark", lat: 32.72, lon: 36.08 }))).toBe(true);
  });

  it("keeps spots just over 5 km apart separate", () => {
    expect(distanceKm(32.7386, 36.0697, 32.7108, 36.0264)).toBeCloseTo(5.1, 1);
    expect(samePlace(base, other({ placeId: "muzayrib", lat: 32.7108, lon: 36.0264 }))).toBe(false);
  });

  it("keeps towns 17 km apart separate", () => {
    expect(samePlace(base, other({ placeId: "nawa", lat: 32.8886, lon: 36.0428 }))).toBe(false);
  });

  it("joins a town with its sub-district when one report is only that precise", () => {
    const sub = other({ placeId: "muzayrib-sub", placeKind: "subdistrict", lat: 32.71, lon: 36.03, placePath: ["muzayrib-sub", "daraa-dist", "daraa-gov"] });
    expect(samePlace(base, sub)).toBe(true);
  });

  it("does not use a governorate's centroid as a spot", () => {
    const gov = other({ placeId: "daraa-gov", placeKind: "governorate", lat: 32.7386, lon: 36.0697, placePath: ["daraa-gov"] });
    expect(samePlace(base, gov)).toBe(false);
  });

  it("cannot place an event without a place", () => {
    expect(samePlace(base, other({ placeId: null }))).toBe(false);
  });
});
