import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gazetteerEntries } from "../lexicon/gazetteer";
import { recognizePlaces } from "./places";
import { contextOf } from "./test-context";

const names = gazetteerEntries()
  .filter((_, i) => i % 7 === 0)
  .map((e) => e.name);
const glue = ["في", "مدينة", "بلدة", "قرية", "حاجز", "غربي", "شرق", "ريف", "الشمالي", "و", "قال", "أبو", "المحافظة", "11:07", "،", ".", "\n", "ب", "لل"];

/** Sentences of place names, cue words and punctuation, joined with and without spaces (clitics). */
const placeText = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...glue)), fc.constantFrom(" ", "", " ، ", "\n")), { maxLength: 40 })
  .map((parts) => parts.map(([w, sep]) => `${w}${sep}`).join(""));

describe("recognizePlaces on arbitrary place-dense text", () => {
  it("returns mentions that slice back to their text and refer to a listed place, each place once", () => {
    fc.assert(
      fc.property(placeText, (body) => {
        const { mentions, details, places, focus } = recognizePlaces(contextOf(body));
        expect(details).toHaveLength(mentions.length);
        const ids = new Set(places.map((p) => p.id));
        expect(ids.size).toBe(places.length);
        for (const m of mentions) {
          expect(body.slice(m.start, m.end)).toBe(m.text);
          expect(m.ref !== null && ids.has(m.ref)).toBe(true);
        }
        for (const p of places) expect(mentions.some((m) => m.ref === p.id)).toBe(true);
        if (focus !== null) expect(focus).toMatch(/^SY\d\d$/);
      }),
      { numRuns: 200 },
    );
  });
});
