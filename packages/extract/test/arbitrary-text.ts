import fc from "fast-check";
import { seedCases } from "./seeds";

const seedWords = seedCases()
  .flatMap((seed) => seed.text.split(/\s+/))
  .filter((word) => word.length > 0)
  .slice(0, 4000);

/** One UTF-16 unit anywhere in the BMP: lone surrogates, controls and bidi marks included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const separator = fc.constantFrom(" ", "\n", "\n\n", "، ", ". ", "\t", "\u200f", "\r\n", " | ");

/** Text that mixes real seed words, arbitrary units, digits in several scripts, and separators. */
export const arbitraryArticle = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...seedWords) },
      { weight: 2, arbitrary: fc.string({ unit: anyUnit, maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)), maxLength: 4 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map(String) },
      { weight: 1, arbitrary: fc.constantFrom("٢٠١٨", "۱۵", "2018.07.03", "15 من آذار 2022", "T72", "الفرقة 15") },
      { weight: 3, arbitrary: separator },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(""));
