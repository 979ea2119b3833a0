import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordCount } from "./lines";

describe("word count of a line", () => {
  it("counts Arabic words, numbers and Latin words, not punctuation or marks on their own", () => {
    expect(wordCount("تلفزيون سوريا - متابعات")).toBe(3);
    expect(wordCount("2018.07.03 | 11:07 دمشق")).toBe(6);
    expect(wordCount("مِن")).toBe(2);
  });

  it("agrees with the Unicode letter and number classes for any string", () => {
    const unit = fc.oneof(
      fc.constantFrom("ا", "ـ", "ِ", "1", " ", "\n", "🔴", "𝐀", "é", "\ud800", "\udc00", "٣", "۴", "ⅷ", "،"),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), (units) => {
        const text = units.join("");
        expect(wordCount(text)).toBe((text.match(/[\p{L}\p{N}]+/gu) ?? []).length);
      }),
      { numRuns: 2000 },
    );
  });
});
