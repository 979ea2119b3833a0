import { describe, expect, it } from "vitest";
import { formatIsoDate, formatNumber } from "./format";

describe("formatNumber", () => {
  it("uses Western digits in Arabic by choice", () => {
    expect(formatNumber("ar", 1234)).toMatch(/^1[^0-9]?234$/);
  });
  it("groups thousands in English", () => {
    expect(formatNumber("en", 1234)).toBe("1,234");
  });
});

describe("formatIsoDate", () => {
  it("uses Levantine month names in Arabic", () => {
    expect(formatIsoDate("ar", "2021-02-03")).toContain("شباط");
  });
  it("shows only month and year at month precision", () => {
    expect(formatIsoDate("en", "2021-07-01", "month")).toBe("July 2021");
  });
  it("never shifts the day across time zones", () => {
    expect(formatIsoDate("en", "2021-07-28")).toBe("28 July 2021");
  });
  it("returns the input when it is not a date", () => {
    expect(formatIsoDate("en", "not-a-date")).toBe("not-a-date");
  });
});
