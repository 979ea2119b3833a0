import { describe, expect, it } from "vitest";
import { EVENT_TYPES, eventTypeOf, SUB_EVENT_TYPES, WEAPON_NAMES } from "./taxonomy";

describe("ACLED taxonomy", () => {
  it("has ACLED's 6 event types and 25 sub-event types", () => {
    expect(EVENT_TYPES).toHaveLength(6);
    expect(SUB_EVENT_TYPES).toHaveLength(25);
    expect(new Set(SUB_EVENT_TYPES).size).toBe(25);
  });

  it("maps a sub-event type back to its event type", () => {
    expect(eventTypeOf("Suicide bomb")).toBe("Explosions/Remote violence");
    expect(eventTypeOf("Non-state actor overtakes territory")).toBe("Battles");
    expect(eventTypeOf("Arrests")).toBe("Strategic developments");
  });

  it("keeps the fixed weapon vocabulary of 23 values", () => {
    expect(WEAPON_NAMES).toHaveLength(23);
    expect(WEAPON_NAMES).toContain("surface_to_surface_missile");
  });
});
