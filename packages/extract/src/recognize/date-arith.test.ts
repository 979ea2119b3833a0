import { describe, expect, it } from "vitest";
import {
  isoDate,
  monthStart,
  nearestWeekday,
  parseIsoDate,
  weekStart,
  weekdayAfter,
  weekdayOf,
  weekdayOnOrBefore,
  yearForWeekday,
} from "./date-arith";

const day = (iso: string): number => {
  const n = parseIsoDate(iso);
  if (n === null) throw new Error(`bad test date ${iso}`);
  return n;
};

describe("calendar arithmetic", () => {
  it("round-trips ISO dates and rejects impossible ones", () => {
    expect(isoDate(day("2018-07-03"))).toBe("2018-07-03");
    expect(isoDate(day("2024-02-29"))).toBe("2024-02-29");
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2018-13-01")).toBeNull();
    expect(parseIsoDate("03-07-2018")).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it("knows the weekdays of the seeds' dates (0 = Sunday)", () => {
    expect(weekdayOf(day("2018-07-03"))).toBe(2); // Tuesday
    expect(weekdayOf(day("2021-07-29"))).toBe(4); // Thursday
    expect(weekdayOf(day("2022-03-15"))).toBe(2); // Tuesday
    expect(weekdayOf(day("1970-01-01"))).toBe(4);
    expect(weekdayOf(day("1969-12-31"))).toBe(3);
  });

  it("finds the latest weekday on or before a day, strictly before, and strictly after", () => {
    const thursday = day("2021-07-29");
    expect(isoDate(weekdayOnOrBefore(thursday, 3))).toBe("2021-07-28");
    expect(isoDate(weekdayOnOrBefore(thursday, 4))).toBe("2021-07-29");
    expect(isoDate(weekdayOnOrBefore(thursday, 4, true))).toBe("2021-07-22");
    expect(isoDate(weekdayAfter(thursday, 4))).toBe("2021-08-05");
    expect(isoDate(weekdayAfter(thursday, 5))).toBe("2021-07-30");
    expect(isoDate(nearestWeekday(thursday, 1))).toBe("2021-07-26");
    expect(isoDate(nearestWeekday(thursday, 6))).toBe("2021-07-31");
  });

  it("starts weeks on Saturday and moves between months across years", () => {
    expect(isoDate(weekStart(day("2018-07-03")))).toBe("2018-06-30");
    expect(isoDate(weekStart(day("2018-06-30")))).toBe("2018-06-30");
    expect(isoDate(monthStart(day("2022-01-15"), -1))).toBe("2021-12-01");
    expect(isoDate(monthStart(day("2022-12-15"), 1))).toBe("2023-01-01");
  });

  it("finds the year in which a day and month fall on a weekday, nearest to a given year", () => {
    expect(yearForWeekday(15, 3, 2, 2022)).toBe(2022);
    expect(yearForWeekday(15, 3, 2, 2023)).toBe(2022);
    expect(yearForWeekday(3, 7, 2, 2017)).toBe(2018);
    expect(yearForWeekday(29, 2, 4, 2020)).toBe(2024);
    expect(yearForWeekday(31, 2, 1, 2020)).toBeNull();
    expect(yearForWeekday(29, 7, 4)).toBe(2010);
  });
});
