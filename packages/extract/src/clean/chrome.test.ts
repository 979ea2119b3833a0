import fc from "fast-check";
import { describe, expect, it } from "vitest";
import chrome from "../../data/chrome.json";
import { chromeKind, lineKey, startKey } from "./chrome";

const PREFIXES = chrome.filter((e) => e.role === "prefix" || e.role === "caption").map((e) => lineKey(e.text));

/** Pieces a scraped line's start is made of: prefixes, Arabic with diacritics, Latin, digits, punctuation, emoji. */
const piece = fc.constantFrom(...chrome.map((e) => e.text), "مُحَمَّد", "قوات", " ", "  ", "،", "(0)", "📷", "𝐀", "ـ", "Camera", "icon", "123", "\u200f", "ﻻ", "-");

/** What a key drops or collapses: a line may open with any amount of it before a marker. */
const junk = fc.constantFrom(" ", "  ", "،", "📷", "ـ", "\u200f", "(0)", "-", "ً", "|");

describe("chrome line keys", () => {
  it("a long line's start key settles every prefix test as the key of its first 60 units does", () => {
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 12 }), fc.array(piece, { minLength: 1, maxLength: 30 }), fc.string({ minLength: 61, maxLength: 80 }), (lead, pieces, tail) => {
        const line = lead.join("") + pieces.join("") + tail;
        const reference = lineKey(line.slice(0, 60));
        const key = startKey(line);
        expect(reference.startsWith(key)).toBe(true);
        for (const prefix of PREFIXES) {
          expect(key === prefix).toBe(reference === prefix);
          expect(key.startsWith(`${prefix} `)).toBe(reference.startsWith(`${prefix} `));
          expect(key.startsWith(prefix)).toBe(reference.startsWith(prefix));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a caption marker at the start of a long line (`camera icon` before a photo credit)", () => {
    const line = `camera icon عناصر من قوات النظام في مدينة درعا البلد خلال حملة التسوية في أيلول (عنب بلدي)`;
    expect(chromeKind(line)).toEqual({ kind: "caption-prefix", prefixLength: "camera icon".length });
  });
});
