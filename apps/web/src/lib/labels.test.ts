import { describe, expect, it } from "vitest";
import { formatCount, subTypeLabel } from "./labels";

describe("subTypeLabel", () => {
  it("gives the Arabic name of an ACLED sub-type", () => {
    expect(subTypeLabel("ar", "Battles", "Armed clash")).toBe("اشتباك مسلح");
  });
  it("keeps ACLED's English string in English", () => {
    expect(subTypeLabel("en", "Battles", "Armed clash")).toBe("Armed clash");
  });
});

describe("formatCount", () => {
  it("shows a range when the source gives bounds", () => {
    expect(formatCount("en", { count: null, min: 2, max: 3, exact: false })).toBe("2–3");
  });
  it("shows a lower bound for 'more than'", () => {
    expect(formatCount("en", { count: null, min: 10, max: null, exact: false })).toBe("10+");
  });
  it("returns null for a vague amount", () => {
    expect(formatCount("ar", { count: null, min: null, max: null, exact: false })).toBeNull();
  });
});
