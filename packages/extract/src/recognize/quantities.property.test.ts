import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchingKey } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import { findQuantities } from "./quantities";

/** Words that exercise the parser: numbers, scales, qualifiers, name words, months, duals and noise. */
const vocabulary = [
  "خمسة", "وعشرون", "عشر", "مئة", "ثلاث", "ألف", "آلاف", "مليون", "عشرات", "الآلاف", "بضعة", "عدد", "من",
  "أكثر", "نحو", "قرابة", "ما", "لا", "يقل", "عن", "على", "الأقل", "أحد", "المدنيين", "دبابتين", "صف", "ضابطين",
  "الفرقة", "عيار", "عام", "آذار", "15", "270", "2018", "0933", "T72", "و", "اثنين", "\"", "،", "-", ".", "/", ":",
  "%", "٣", "2.5", "1,500", "10-15", "\u064b", "\u0640", "\ud800",
];
const phrase = fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }).map((words) => words.join(" "));
const anyText = fc.oneof(phrase, fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }));

describe("findQuantities on arbitrary text", () => {
  it("never throws, keeps spans inside the text, in order and without overlap, and min ≤ max", () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const tokens = tokenize(matchingKey(source).text);
        const found = findQuantities(tokens);
        let lastEnd = 0;
        for (const q of found) {
          expect(q.start).toBeGreaterThanOrEqual(lastEnd);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(tokens.text.length);
          lastEnd = q.end;
          if (q.min !== null && q.max !== null) expect(q.min).toBeLessThanOrEqual(q.max);
          if (q.exact) expect(q.count !== null && q.count === q.min && q.count === q.max).toBe(true);
          for (const v of [q.count, q.min, q.max]) if (v !== null) expect(Number.isFinite(v) && v >= 0).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
