import { describe, expect, it } from "vitest";
import { accuracy, addCounts, prf, tallyOf } from "./metrics";

describe("prf", () => {
  it("computes precision, recall and F1 from counts", () => {
    const figures = prf({ tp: 3, fp: 1, fn: 2 });
    expect(figures.precision).toBeCloseTo(0.75);
    expect(figures.recall).toBeCloseTo(0.6);
    expect(figures.f1).toBeCloseTo(2 / 3);
  });

  it("leaves precision undefined when nothing was predicted, and F1 at 0 when something was missed", () => {
    const figures = prf({ tp: 0, fp: 0, fn: 4 });
    expect(figures.precision).toBeNull();
    expect(figures.recall).toBe(0);
    expect(figures.f1).toBe(0);
  });

  it("leaves every figure undefined when there was nothing to find and nothing predicted", () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
  });

  it("micro-averages: sums counts across articles before dividing", () => {
    const total = prf(addCounts({ tp: 1, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 3 }));
    expect(total.recall).toBeCloseTo(0.25);
  });
});

describe("accuracy", () => {
  it("is the share of correct outcomes, undefined over none", () => {
    expect(accuracy(tallyOf([true, false, true, true])).accuracy).toBeCloseTo(0.75);
    expect(accuracy(tallyOf([])).accuracy).toBeNull();
  });
});
