import { ExtractionResult } from "@marsad/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExtractInputError, extract } from "../src/index";
import { arbitraryArticle } from "./arbitrary-text";

function checkResult(input: string): void {
  let result: ReturnType<typeof extract>;
  try {
    result = extract(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractInputError);
    return;
  }
  const parsed = ExtractionResult.safeParse(result);
  expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  for (const mention of result.mentions) {
    expect(result.article.body.slice(mention.start, mention.end)).toBe(mention.text);
  }
  for (const event of result.events) {
    for (const span of event.evidence) expect(span.end).toBeLessThanOrEqual(result.article.body.length);
  }
}

describe("extract on arbitrary input", () => {
  it("returns a schema-valid result whose mentions slice back to their text, or throws only its input error", () => {
    fc.assert(fc.property(arbitraryArticle, checkResult), { numRuns: 300 });
  });

  it("holds for arbitrary HTML-ish input too", () => {
    fc.assert(
      fc.property(arbitraryArticle, (text) => {
        try {
          const result = extract(`<html><body><h1>${text}</h1><p>${text}</p></body></html>`, { format: "html" });
          expect(ExtractionResult.safeParse(result).success).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ExtractInputError);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("extract on bad input", () => {
  it("rejects empty or whitespace-only input with a clear error", () => {
    expect(() => extract("")).toThrow(ExtractInputError);
    expect(() => extract(" \n\t ")).toThrow(/empty/);
  });

  it("rejects input over the size limit before any work", () => {
    expect(() => extract("ب".repeat(2_000), { maxBytes: 1_000 })).toThrow(expect.objectContaining({ code: "input_too_large" }));
  });

  it("rejects a published hint that is not YYYY-MM-DD", () => {
    expect(() => extract("نص", { published: "03/07/2018" })).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });

  it("answers non-Arabic text with a warning, not a crash", () => {
    const result = extract("Regime forces shelled Tafas on Wednesday.");
    expect(result.warnings.map((w) => w.code)).toContain("not_arabic");
  });
});

describe("references inside a result", () => {
  it("resolves every event's place, actors and attribution to listed entries on every seed", async () => {
    const { seedCases } = await import("./seeds");
    for (const seed of seedCases()) {
      const result = extract(seed.text, { published: seed.gold.hint.published });
      const places = new Set(result.places.map((p) => p.id));
      const actors = new Set(result.actors.map((a) => a.id));
      const sources = new Set(result.sources.map((s) => s.id));
      for (const event of result.events) {
        if (event.place) expect(places).toContain(event.place);
        for (const id of [event.actor1, event.actor2, ...event.assocActors]) if (id) expect(actors).toContain(id);
        if (event.attribution) expect(sources).toContain(event.attribution);
      }
      for (const mention of result.mentions) {
        if (mention.kind === "place" && mention.ref) expect(places).toContain(mention.ref);
        if (mention.kind === "actor" && mention.ref) expect(actors).toContain(mention.ref);
      }
    }
  });
});
