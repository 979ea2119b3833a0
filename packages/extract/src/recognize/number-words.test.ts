import fc from "fast-check";
import { ToWords } from "to-words";
import { describe, expect, it } from "vitest";
import { matchingKey } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import { dualForms } from "./number-words";
import { findQuantities } from "./quantities";

const arabic = new ToWords({ localeCode: "ar-AE" });

/** to-words writes the conjunction apart (`خمسة و عشرون`); Arabic attaches it (`خمسة وعشرون`). */
function words(n: number): string {
  return arabic.convert(n).replace(/(^|\s)و\s+/g, "$1و");
}

function readOne(source: string): number | null {
  const found = findQuantities(tokenize(matchingKey(source).text));
  return found.length === 1 && found[0] ? found[0].count : null;
}

describe("number words round trip through to-words", () => {
  it.each([1, 3, 11, 12, 15, 21, 25, 99, 100, 101, 150, 200, 300, 999, 1000, 2000, 2500, 3000, 11000, 100000, 270000, 1000000, 1200000, 3500000])(
    "%i",
    (n) => {
      expect(readOne(words(n))).toBe(n);
    },
  );

  it("reads every number written out from 1 to 999,999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        expect(readOne(words(n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("dual forms", () => {
  it("turns taa marbuta into ت before the suffix", () => {
    expect(dualForms("دبابه")).toEqual(["دبابتين", "دبابتان"]);
    expect(dualForms("عنصر")).toEqual(["عنصرين", "عنصران"]);
  });
});
