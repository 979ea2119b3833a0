import { describe, expect, it } from "vitest";
import { countByMonth } from "./monthly";

describe("countByMonth", () => {
  it("fills months without incidents with zero", () => {
    expect(countByMonth(["2021-07-28", "2021-09-01", "2021-07-30", null])).toEqual([
      { month: "2021-07", count: 2 },
      { month: "2021-08", count: 0 },
      { month: "2021-09", count: 1 },
    ]);
  });
  it("crosses a year boundary", () => {
    expect(countByMonth(["2018-12-31", "2019-01-01"]).map((m) => m.month)).toEqual(["2018-12", "2019-01"]);
  });
  it("is empty without dates", () => {
    expect(countByMonth([null])).toEqual([]);
  });
});
