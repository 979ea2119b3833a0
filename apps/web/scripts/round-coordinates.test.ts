import { describe, expect, it } from "vitest";
import { roundCoordinates } from "./round-coordinates";

describe("roundCoordinates", () => {
  it("rounds nested positions and keeps the nesting", () => {
    expect(roundCoordinates([[[36.123456, 32.987654]]], 3)).toEqual([[[36.123, 32.988]]]);
  });
  it("leaves non-numeric values alone", () => {
    expect(roundCoordinates(["a", null], 3)).toEqual(["a", null]);
  });
});
