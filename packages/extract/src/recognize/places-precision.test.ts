import { describe, expect, it } from "vitest";
import { geoPrecisionOf } from "./places-precision";

describe("geoPrecisionOf", () => {
  it("is 1 for a locality, 2 for a sub-district or district, 3 for a governorate, region or country", () => {
    expect(["town", "village", "quarter", "crossing", "camp"].map((kind) => geoPrecisionOf({ kind: kind as "town" }))).toEqual([1, 1, 1, 1, 1]);
    expect(geoPrecisionOf({ kind: "subdistrict" })).toBe(2);
    expect(geoPrecisionOf({ kind: "district" })).toBe(2);
    expect(geoPrecisionOf({ kind: "governorate" })).toBe(3);
    expect(geoPrecisionOf({ kind: "region" })).toBe(3);
    expect(geoPrecisionOf({ kind: "country" })).toBe(3);
  });

  it("lowers a locality to 2 when the event is only near it", () => {
    expect(geoPrecisionOf({ kind: "town" }, { near: true })).toBe(2);
    expect(geoPrecisionOf({ kind: "governorate" }, { near: true })).toBe(3);
  });
});
