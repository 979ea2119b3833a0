import { describe, expect, it } from "vitest";
import { filtersToQueryString, parseFilters } from "./filters";

describe("parseFilters", () => {
  it("keeps valid filters from the URL", () => {
    const filters = parseFilters(new URLSearchParams("type=Battles&place=tafas&from=2018-07-01&q=%D8%B7%D9%81%D8%B3"));
    expect(filters).toEqual({ type: "Battles", place: "tafas", from: "2018-07-01", q: "طفس" });
  });
  it("drops an unknown event type and a malformed date", () => {
    expect(parseFilters({ type: "Picnics", from: "yesterday" })).toEqual({});
  });
  it("swaps a reversed date range", () => {
    expect(parseFilters({ from: "2018-07-10", to: "2018-07-01" })).toEqual({ from: "2018-07-01", to: "2018-07-10" });
  });
  it("takes the first of repeated parameters", () => {
    expect(parseFilters({ actor: ["a", "b"] })).toEqual({ actor: "a" });
  });
});

describe("filtersToQueryString", () => {
  it("round-trips through parseFilters", () => {
    const filters = { from: "2018-07-01", to: "2018-07-31", type: "Battles", admin1: "Daraa", q: "درعا" };
    expect(parseFilters(new URLSearchParams(filtersToQueryString(filters).slice(1)))).toEqual(filters);
  });
  it("is empty without filters", () => {
    expect(filtersToQueryString({})).toBe("");
  });
});
