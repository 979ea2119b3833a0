import { describe, expect, it } from "vitest";
import { keyOf } from "../normalize/matching-key";
import { buildPlaceCues, cuesOf, defaultPlaceCues, PlaceCue } from "./places-cues";

describe("place cues", () => {
  it("loads the data file with triggers, directions and a stop-list", () => {
    const cues = defaultPlaceCues();
    expect(cuesOf(cues, keyOf("مدينة"), "trigger")[0]?.kinds).toContain("city");
    expect(cuesOf(cues, keyOf("حاجز"), "trigger")[0]?.checkpoint).toBe(true);
    expect(cuesOf(cues, keyOf("غربي"), "direction")[0]?.direction).toBe("west");
    expect(cuesOf(cues, keyOf("الشجرة"), "stop")).toHaveLength(1);
  });

  it("indexes forms by matching key, so hamza and taa marbuta spellings meet", () => {
    const cues = buildPlaceCues([PlaceCue.parse({ form: "قرية", role: "trigger", kinds: ["village"] })]);
    expect(cuesOf(cues, keyOf("قريه"), "trigger")).toHaveLength(1);
    expect(cuesOf(cues, keyOf("قريه"), "stop")).toHaveLength(0);
  });
});
