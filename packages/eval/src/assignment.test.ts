import { describe, expect, it } from "vitest";
import { maxWeightAssignment } from "./assignment";

describe("maxWeightAssignment", () => {
  it("finds the pairing a greedy first choice would miss", () => {
    // Row 0 could take either column; row 1 only column 0. Greedy row 0 → col 0 strands row 1.
    expect(maxWeightAssignment([
      [5, 4],
      [5, 0],
    ])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("prefers the heavier of two competing pairs", () => {
    expect(maxWeightAssignment([[1], [3]])).toEqual([[1, 0]]);
  });

  it("never pairs a forbidden cell", () => {
    expect(maxWeightAssignment([
      [0, 0],
      [0, 0],
    ])).toEqual([]);
    expect(maxWeightAssignment([[0, 2, 0]])).toEqual([[0, 1]]);
  });

  it("handles empty and rectangular inputs", () => {
    expect(maxWeightAssignment([])).toEqual([]);
    expect(maxWeightAssignment([[], []])).toEqual([]);
    expect(maxWeightAssignment([[1], [1], [1]])).toHaveLength(1);
    expect(maxWeightAssignment([[1, 1, 1]])).toHaveLength(1);
  });

  it("maximizes the total weight on a 3×3 case", () => {
    const pairs = maxWeightAssignment([
      [7, 5, 0],
      [6, 0, 3],
      [0, 4, 2],
    ]);
    // Best: (0,1)=5 + (1,0)=6 + (2,2)=2 = 13 vs (0,0)=7 + (1,2)=3 + (2,1)=4 = 14.
    expect(pairs).toEqual([
      [0, 0],
      [1, 2],
      [2, 1],
    ]);
  });
});
