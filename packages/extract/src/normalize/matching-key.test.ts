import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyOf, matchingKey, sourceRange } from "./matching-key";

describe("matching key", () => {
  it("unifies alef, yaa, taa marbuta and hamza carriers", () => {
    expect(keyOf("أإآٱ ى ة ؤ ئ")).toBe("اااا ي ه و ي");
  });

  it("drops diacritics, tatweel and bidi controls", () => {
    expect(keyOf("مِن لـ\u200fقوات\u202b")).toBe("من لقوات");
    expect(keyOf("سلّم")).toBe("سلم");
  });

  it("turns Arabic-Indic and Persian digits into ASCII", () => {
    expect(keyOf("٢٠١٨ ۱۵")).toBe("2018 15");
  });

  it("collapses quote and dash variants", () => {
    expect(keyOf("“فيل” أرض– أرض")).toBe('"فيل" ارض- ارض');
  });

  it("maps Persian letters to Arabic", () => {
    expect(keyOf("کگپچڤ")).toBe("ككبجف");
  });

  it("expands presentation forms (the lam-alef ligature)", () => {
    expect(keyOf("\ufefb")).toBe("لا");
  });

  it("maps every normalized range back to a source range that contains it", () => {
    const source = "قُتِلَ ٣ مدنيين في طَفَس";
    const key = matchingKey(source);
    const at = key.text.indexOf("طفس");
    const range = sourceRange(key, at, at + 3);
    expect(source.slice(range.start, range.end)).toBe("طَفَس");
  });

  it("keeps offsets monotonic and inside the source for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 300 }), (source) => {
        const key = matchingKey(source);
        expect(key.toSource.length).toBe(key.text.length + 1);
        let monotonic = true;
        for (let i = 1; i < key.toSource.length; i++) monotonic &&= (key.toSource[i] ?? 0) >= (key.toSource[i - 1] ?? 0);
        expect(monotonic).toBe(true);
        expect(key.toSource[key.text.length]).toBe(source.length);
      }),
    );
  });

  it("gives a form's key as the text key with white space runs collapsed and trimmed, for any string", () => {
    const unit = fc.oneof(
      fc.constantFrom(" ", "  ", "\n", "\t", "\u00a0", "\u2028", "\ufeff", "\u200f", "ﻻ", "ﷺ", "أ", "ة", "a"),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const form = units.join("");
        expect(keyOf(form)).toBe(matchingKey(form).text.replace(/\s+/g, " ").trim());
      }),
    );
  });

  it("keys a text far longer than any before it whole (the reused buffers grow)", () => {
    const long = "قصف ".repeat(20_000);
    expect(matchingKey(long).text).toBe(long);
    expect(matchingKey("بلدة").text).toBe("بلده");
  });
});
