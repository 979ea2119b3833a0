import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { loadGoldSet } from "./load-gold";
import type { Accuracy, Prf } from "./metrics";
import { TAFAS, actor, event, place, prediction } from "./test-fixtures";

const SEEDS = join(__dirname, "..", "..", "..", "seeds");

/** Every figure of the totals, wherever it sits. */
function figuresOf(value: unknown): number[] {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    ["precision", "recall", "f1", "accuracy"].includes(key) ? (typeof inner === "number" ? [inner] : []) : figuresOf(inner),
  );
}

describe("evaluate over the seeds with today's extractor", () => {
  // Structural facts only: thresholds belong to the acceptance test, not to the scorer's own tests.
  const report = evaluate({ goldDir: join(SEEDS, "gold"), articlesDir: SEEDS });

  it("scores all five seed articles, none failing", () => {
    expect(report.totals.articles).toBe(5);
    expect(report.articles.map((article) => article.article)).toHaveLength(5);
    expect(report.totals.errors).toBe(0);
  });

  it("keeps every figure within [0, 1]", () => {
    const figures = figuresOf(report.totals);
    expect(figures.length).toBeGreaterThan(0);
    for (const value of figures) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it("counts every required gold event of the seeds as found or missed", () => {
    const required = loadGoldSet(join(SEEDS, "gold"), SEEDS).flatMap((c) => c.gold.expect.events.filter((e) => e.required));
    const events: Prf = report.totals.events;
    expect(events.tp + events.fn).toBe(required.length);
  });

  it("produces a report that survives a JSON round trip", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("evaluate with a hand-made extractor", () => {
  it("scores an article the extractor fails on as empty and names the error", () => {
    const report = evaluate({
      goldDir: join(SEEDS, "gold"),
      articlesDir: SEEDS,
      extract: () => {
        throw new Error("boom");
      },
    });
    expect(report.totals.errors).toBe(5);
    expect(report.articles[0]?.error).toBe("Error: boom");
    expect(report.totals.entities.places.tp).toBe(0);
  });

  it("passes the gold hint as published and micro-averages across articles", () => {
    const hints: Array<string | null | undefined> = [];
    const report = evaluate({
      goldDir: join(SEEDS, "gold"),
      articlesDir: SEEDS,
      extract: (_text, options) => {
        hints.push(options.published);
        // Finds طفس (required in three of the five gold files) and one actor no gold names.
        return prediction({
          places: [place("tafas", TAFAS.name, "Tafas", TAFAS.lat, TAFAS.lon)],
          actors: [actor("x", "جهة لا وجود لها", "Nobody")],
          events: [event({ place: "tafas", background: true })],
        });
      },
    });
    expect(hints).toEqual([null, null, null, "2021-07-29", null]);
    const places: Prf = report.totals.entities.places;
    expect(places.tp).toBe(3);
    expect(places.fp).toBe(2);
    const geocoding: Accuracy = report.totals.geocoding;
    expect(geocoding).toEqual({ correct: 3, total: 3, accuracy: 1 });
    expect(report.totals.entities.actors.fp).toBe(5);
  });
});
