import { describe, expect, it } from "vitest";
import { acledFatalities } from "./fatalities";

const count = (value: number | null, min: number | null = null, max: number | null = null) => ({ count: value, min, max, exact: value !== null });

describe("acledFatalities", () => {
  it("records 0 when no fatalities are reported", () => expect(acledFatalities(null)).toBe(0));
  it("keeps a stated number", () => expect(acledFatalities(count(3))).toBe(3));
  it("takes the lower figure of a range", () => expect(acledFatalities(count(null, 5, 7))).toBe(5));
  it("takes the bound of 'more than N'", () => expect(acledFatalities(count(null, 6, null))).toBe(6));
  it("codes dozens (عشرات) as 12", () => expect(acledFatalities(count(null, 20, 99))).toBe(12));
  it("codes hundreds (مئات) as 100", () => expect(acledFatalities(count(null, 200, 999))).toBe(100));
  it("codes thousands (آلاف) as 1000", () => expect(acledFatalities(count(null, 2000, 9999))).toBe(1000));
  it("codes an unspecified plural as 10", () => expect(acledFatalities(count(null))).toBe(10));
  it("keeps a small upper bound below the default", () => expect(acledFatalities(count(null, null, 4))).toBe(4));
  it("does not mistake an ordinary range for a vague plural", () => expect(acledFatalities(count(null, 20, 30))).toBe(20));
});
