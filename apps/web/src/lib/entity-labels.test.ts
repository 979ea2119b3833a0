import { describe, expect, it } from "vitest";
import arMessages from "../../messages/ar.json";
import enMessages from "../../messages/en.json";
import { actorCategoryLabel, isPlaceKind } from "./entity-labels";

describe("actorCategoryLabel", () => {
  it("names ACLED's categories in Arabic", () => {
    expect(actorCategoryLabel("ar", "state_forces")).toBe("قوات حكومية");
  });
  it("shows an unknown category readably", () => {
    expect(actorCategoryLabel("en", "local_committee")).toBe("local committee");
  });
});

describe("messages", () => {
  const keys = (value: object, prefix = ""): string[] =>
    Object.entries(value).flatMap(([key, inner]) => (typeof inner === "object" && inner !== null ? keys(inner, `${prefix}${key}.`) : [`${prefix}${key}`]));
  it("has every English string in Arabic and the reverse", () => {
    expect(keys(arMessages).sort()).toEqual(keys(enMessages).sort());
  });
  it("names every place kind of the model", () => {
    expect(Object.keys(enMessages.placeKind).every(isPlaceKind)).toBe(true);
  });
});
