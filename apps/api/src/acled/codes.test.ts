import { describe, expect, it } from "vitest";
import { disorderType, interaction, interCode, timePrecision } from "./codes";

describe("ACLED codes", () => {
  it("maps date precision to time_precision 1/2/3", () => {
    expect([timePrecision("day"), timePrecision("week"), timePrecision("month"), timePrecision("year"), timePrecision("unknown")]).toEqual([1, 2, 3, 3, 3]);
  });
  it("gives the inter code of an actor category", () => {
    expect(interCode("state_forces")).toBe(1);
    expect(interCode("civilians")).toBe(7);
    expect(interCode("nonsense")).toBe("");
  });
  it("writes the interaction lower code first, or ten times a sole actor's code", () => {
    expect(interaction(2, 1)).toBe(12);
    expect(interaction(1, 7)).toBe(17);
    expect(interaction(3, "")).toBe(30);
    expect(interaction("", "")).toBe("");
  });
  it("classifies disorder types as ACLED does", () => {
    expect(disorderType("Battles", "Armed clash")).toBe("Political violence");
    expect(disorderType("Protests", "Peaceful protest")).toBe("Demonstrations");
    expect(disorderType("Protests", "Excessive force against protesters")).toBe("Political violence; Demonstrations");
    expect(disorderType("Riots", "Mob violence")).toBe("Political violence");
    expect(disorderType("Strategic developments", "Agreement")).toBe("Strategic developments");
  });
});
