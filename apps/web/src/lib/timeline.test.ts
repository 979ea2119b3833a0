import { describe, expect, it } from "vitest";
import { countByDay, dayDomain, dayNumber, isoOfDay } from "./timeline";

describe("countByDay", () => {
  it("stacks incidents of one day by type, days in order", () => {
    const days = countByDay([
      { date: "2021-07-29", type: "Battles" },
      { date: "2021-07-28", type: "Battles" },
      { date: "2021-07-29", type: "Battles" },
      { date: "2021-07-29", type: "Protests" },
      { date: null, type: "Riots" },
    ]);
    expect(days).toEqual([
      { date: "2021-07-28", byType: { Battles: 1 } },
      { date: "2021-07-29", byType: { Battles: 2, Protests: 1 } },
    ]);
  });
});

describe("day arithmetic", () => {
  it("round-trips an ISO day", () => {
    expect(isoOfDay(dayNumber("2018-07-04"))).toBe("2018-07-04");
  });
  it("pads the domain by a day on each side", () => {
    const domain = dayDomain([{ date: "2018-07-04", byType: {} }]);
    expect(domain?.map(isoOfDay)).toEqual(["2018-07-03", "2018-07-05"]);
  });
  it("has no domain without data", () => {
    expect(dayDomain([])).toBeNull();
  });
});
