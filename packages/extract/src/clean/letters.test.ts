import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lettersAndSpaces } from "./letters";

describe("letters and spaces of a line", () => {
  it("turns digits, punctuation, marks and emoji into spaces and keeps Arabic and Latin letters", () => {
    // One space per code point: the emoji, a surrogate pair, becomes one space.
    expect(lettersAndSpaces("التغطية الحية (0) 🔴")).toBe(`التغطية الحية${" ".repeat(6)}`);
    expect(lettersAndSpaces("مِن")).toBe("م ن");
    expect(lettersAndSpaces("camera icon")).toBe("camera icon");
  });

  it("agrees with the Unicode letter and space classes for any string", () => {
    const unit = fc.oneof(
      fc.constantFrom("ا", "ـ", "ِ", "1", " ", "\n", "\u00a0", "🔴", "𝐀", "é", "\ud800", "\udc00", "ß", "٣"),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), (units) => {
        const text = units.join("");
        expect(lettersAndSpaces(text)).toBe(text.replace(/[^\p{L}\s]/gu, " "));
      }),
    );
  });
});
