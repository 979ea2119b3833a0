import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EvalInputError } from "./errors";
import { loadGoldSet } from "./load-gold";

const SEEDS = join(__dirname, "..", "..", "..", "seeds");

function goldJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    article: "a.txt",
    hint: { published: null },
    expect: {
      title: "t",
      outlet: null,
      published: null,
      places: [{ name: "طفس", aliases: ["Tafas"], lat: 32.7, lon: 36.0, required: true }],
      actors: [],
      persons: [],
      weapons: [],
      sources: [],
      events: [],
      ...overrides,
    },
  };
}

function setWith(gold: unknown, article = "a.txt"): { goldDir: string; articlesDir: string } {
  const articlesDir = mkdtempSync(join(tmpdir(), "marsad-eval-"));
  const goldDir = join(articlesDir, "gold");
  mkdirSync(goldDir);
  writeFileSync(join(articlesDir, article), "نص");
  writeFileSync(join(goldDir, "a.json"), typeof gold === "string" ? gold : JSON.stringify(gold));
  return { goldDir, articlesDir };
}

function errorOf(run: () => unknown): EvalInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof EvalInputError) return error;
    throw error;
  }
  throw new Error("expected an EvalInputError");
}

describe("loadGoldSet", () => {
  it("loads the five seed gold files with their articles, in name order", () => {
    const cases = loadGoldSet(join(SEEDS, "gold"), SEEDS);
    expect(cases.map((c) => c.goldFile)).toEqual([
      "000_fb15f6841101f636.json",
      "001_af73a84b27fc74b5.json",
      "002_b3f32fca97b3a2e7.json",
      "003_7914e44b01f18bbe.json",
      "004_9fe011e2dc63bec8.json",
    ]);
    expect(cases.every((c) => c.articleText.length > 0)).toBe(true);
  });

  it("treats persons and sources without a required flag as required", () => {
    const { goldDir, articlesDir } = setWith(goldJson({ persons: [{ name: "خالد الزعبي", aliases: [] }] }));
    const [loaded] = loadGoldSet(goldDir, articlesDir);
    expect(loaded?.gold.expect.persons[0]?.required).toBe(true);
  });

  it("rejects a directory that does not exist", () => {
    expect(errorOf(() => loadGoldSet("/nonexistent/gold", SEEDS)).code).toBe("bad_directory");
  });

  it("rejects a gold directory without gold files", () => {
    const empty = mkdtempSync(join(tmpdir(), "marsad-eval-"));
    expect(errorOf(() => loadGoldSet(empty, SEEDS)).code).toBe("no_gold_files");
  });

  it("rejects a gold file that is not JSON, naming the file", () => {
    const { goldDir, articlesDir } = setWith("{ not json");
    const error = errorOf(() => loadGoldSet(goldDir, articlesDir));
    expect(error.code).toBe("invalid_gold_file");
    expect(error.message).toContain("a.json");
  });

  it("rejects an unknown weapon value, naming the field", () => {
    const { goldDir, articlesDir } = setWith(goldJson({ weapons: ["catapult"] }));
    const error = errorOf(() => loadGoldSet(goldDir, articlesDir));
    expect(error.code).toBe("invalid_gold_file");
    expect(error.message).toContain("expect.weapons");
  });

  it("rejects an event whose accepted place is not an entry of places", () => {
    const event = {
      eventType: "Battles",
      subEventType: ["Armed clash"],
      place: ["نوى"],
      date: null,
      actor1: null,
      actor2: null,
      fatalities: null,
      captured: null,
      weapons: [],
      required: true,
      note: "",
    };
    const { goldDir, articlesDir } = setWith(goldJson({ events: [event] }));
    const error = errorOf(() => loadGoldSet(goldDir, articlesDir));
    expect(error.message).toContain("is not the name or an alias");
  });

  it("rejects an unknown forbid rule", () => {
    const { goldDir, articlesDir } = setWith(goldJson({ forbid: [{ rule: "noFun", value: 1 }] }));
    expect(errorOf(() => loadGoldSet(goldDir, articlesDir)).code).toBe("invalid_gold_file");
  });

  it("reports a gold file whose article is missing", () => {
    const { goldDir, articlesDir } = setWith(goldJson(), "other.txt");
    expect(errorOf(() => loadGoldSet(goldDir, articlesDir)).code).toBe("missing_article");
  });

  it("refuses an article path that leaves the articles directory", () => {
    const { goldDir, articlesDir } = setWith({ ...goldJson(), article: "../a.txt" });
    expect(errorOf(() => loadGoldSet(goldDir, articlesDir)).code).toBe("invalid_gold_file");
  });
});
