import { describe, expect, it } from "vitest";
import { matchFigures } from "./match-figures";
import { figure, goldOf } from "./test-fixtures";

describe("matchFigures", () => {
  const gold = goldOf({
    figures: [
      { kind: "killed", min: 200, max: null, group: "civilians" },
      { kind: "displaced", min: 270000, max: null },
    ],
  }).expect.figures;

  it("matches a figure of the same kind within the gold range", () => {
    const score = matchFigures(gold, [figure("killed", 200), figure("displaced", 270000, 270000)]);
    expect(score.counts).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it("counts a figure of the wrong kind or amount as a false alarm and the gold one as missed", () => {
    const score = matchFigures(gold, [figure("injured", 200), figure("displaced", 1000)]);
    expect(score.counts).toEqual({ tp: 0, fp: 2, fn: 2 });
  });
});
