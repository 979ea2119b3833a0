import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractionResultJsonSchema } from "./json-schema";
import { ExtractionResult } from "./result";

const minimal = {
  extractor: { name: "marsad", version: "0.0.0" },
  article: {
    id: "x",
    title: "t",
    outlet: null,
    published: null,
    publishedFrom: null,
    body: "نص",
    paragraphs: [{ start: 0, end: 2 }],
    sentences: [{ start: 0, end: 2 }],
    removed: [],
    captions: [],
  },
  mentions: [],
  places: [],
  actors: [],
  persons: [],
  sources: [],
  events: [],
  figures: [],
  warnings: [],
};

describe("ExtractionResult", () => {
  it("accepts a minimal result", () => {
    expect(ExtractionResult.safeParse(minimal).success).toBe(true);
  });

  it("rejects a published date that is not YYYY-MM-DD", () => {
    const bad = { ...minimal, article: { ...minimal.article, published: "3/7/2018" } };
    expect(ExtractionResult.safeParse(bad).success).toBe(false);
  });

  it("rejects a mention of an unknown kind", () => {
    const bad = { ...minimal, mentions: [{ kind: "vehicle", text: "x", start: 0, end: 1, ref: null }] };
    expect(ExtractionResult.safeParse(bad).success).toBe(false);
  });

  it("ships a committed JSON Schema equal to the one the build generates", () => {
    const committed = JSON.parse(readFileSync(join(__dirname, "..", "schema", "extraction-result.json"), "utf8"));
    expect(committed).toEqual(extractionResultJsonSchema());
  });

  it("names the contract's fixed fields in the JSON Schema", () => {
    const schema = extractionResultJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["extractor", "article", "mentions", "places", "actors", "persons", "sources", "events", "figures", "warnings"]),
    );
  });
});
