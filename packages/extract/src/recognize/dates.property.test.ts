import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchingKey } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import { isoDate, parseIsoDate, weekdayOf } from "./date-arith";
import { findPublicationDate } from "./date-publication";
import { findDates } from "./dates";

const vocabulary = [
  "اليوم", "أمس", "أول", "صباح", "مساء", "ليلة", "يوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
  "السبت", "الماضي", "الفائت", "المقبل", "الجاري", "منذ", "قبل", "بعد", "يومين", "أيام", "15", "من", "آذار", "كانون",
  "الثاني", "نيسان", "2022", "1899", "31", "شباط", "29", "عام", "العام", "صيف", "منتصف", "الشهر", "الأسبوع", "هذا",
  "ذاته", "التالي", "2018.07.03", "03/07/2018", "31/02/2019", "9999.99.99", "،", ".", "\"", "\u0640", "\ud800", "ساعات",
];
const phrase = fc.array(fc.constantFrom(...vocabulary), { maxLength: 25 }).map((words) => words.join(" "));
const anyText = fc.oneof(phrase, fc.string({ unit: "binary", maxLength: 200 }));
const anchorArb = fc.option(
  fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

describe("findDates on arbitrary text", () => {
  it("never throws; spans stay inside the text in order; values are real dates; no value without an anchor for relative ones", () => {
    fc.assert(
      fc.property(anyText, anchorArb, (source, anchor) => {
        const key = matchingKey(source).text;
        const found = findDates(key, tokenize(key), anchor);
        let lastEnd = 0;
        for (const d of found) {
          expect(d.start).toBeGreaterThanOrEqual(lastEnd);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(key.length);
          lastEnd = d.end;
          if (d.value === null) expect(d.precision).toBe("unknown");
          else expect(isoDate(parseIsoDate(d.value) ?? Number.NaN)).toBe(d.value);
          if (anchor === null && d.relative && !d.anaphoric) expect(d.value).toBeNull();
          if (d.precision === "week" && d.value !== null) expect(weekdayOf(parseIsoDate(d.value) ?? 0)).toBe(6);
          if ((d.precision === "month" || d.precision === "year") && d.value !== null) expect(d.value.endsWith("-01")).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("resolves a bare weekday to the latest such day on or before publication, whatever the publication day", () => {
    const names = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 17000, max: 20000 }), (weekday, anchorDay) => {
        const key = matchingKey(`وقال، ${names[weekday]}، إن`).text;
        const [d] = findDates(key, tokenize(key), isoDate(anchorDay));
        const value = parseIsoDate(d?.value ?? null);
        expect(value).not.toBeNull();
        if (value === null) return;
        expect(weekdayOf(value)).toBe(weekday);
        expect(anchorDay - value).toBeGreaterThanOrEqual(0);
        expect(anchorDay - value).toBeLessThan(7);
      }),
    );
  });

  it("findPublicationDate never throws and returns a real date or null", () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 3 }), fc.array(anyText, { maxLength: 3 }), anyText, (datelines, captions, header) => {
        const found = findPublicationDate({ datelines, captions, header });
        if (found) expect(isoDate(parseIsoDate(found.value) ?? Number.NaN)).toBe(found.value);
      }),
      { numRuns: 500 },
    );
  });
});
