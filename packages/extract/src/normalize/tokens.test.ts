import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joined, tokenAt, tokenize } from "./tokens";

describe("tokens of the matching key", () => {
  it("splits Arabic letters from digits and Latin, and drops punctuation and spaces", () => {
    const tokens = tokenize("قتل 3 عناصر، ل15 يوما t72");
    expect(tokens.texts).toEqual(["قتل", "3", "عناصر", "ل", "15", "يوما", "t72"]);
    expect(tokens.count).toBe(7);
    expect(Array.from(tokens.starts)).toEqual([0, 4, 6, 13, 14, 17, 22]);
  });

  it("gives every token offsets that slice back to its text, in order, for any string", () => {
    const unit = fc.oneof(fc.constantFrom("ب", "ل", "1", "a", " ", "،", "-", "é"), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }), (units) => {
        const text = units.join("");
        const tokens = tokenize(text);
        expect(tokens.texts.length).toBe(tokens.count);
        expect(tokens.starts.length).toBe(tokens.count);
        for (let i = 0; i < tokens.count; i++) {
          expect(text.slice(tokens.starts[i], tokens.ends[i])).toBe(tokens.texts[i]);
          if (i > 0) expect(tokens.starts[i]).toBeGreaterThanOrEqual(tokens.ends[i - 1] ?? 0);
        }
      }),
    );
  });

  it("holds as many tokens as units when letters and digits alternate (the offset buffers grow)", () => {
    const text = "ب1".repeat(5000);
    const tokens = tokenize(text);
    expect(tokens.count).toBe(10_000);
    expect(tokens.ends[9999]).toBe(10_000);
  });

  it("finds the token at an offset and joins tokens only across spaces and hyphens", () => {
    const tokens = tokenize("درعا البلد، طفس");
    expect(tokenAt(tokens, 6)).toBe(1);
    expect(joined(tokens, 0)).toBe(true);
    expect(joined(tokens, 1)).toBe(false);
  });
});
