import { describe, expect, it } from "vitest";
import { createResolver } from "./resolver";

const tafas = { id: "tafas", name: "طفس", nameEn: "Tafas", kind: "city" as const, lat: 32.74, lon: 35.99, admin1: "Daraa", admin2: null, admin3: null };
const resolver = createResolver({ places: [tafas], actors: [], persons: [], sources: [] });

describe("createResolver", () => {
  it("resolves a place mention to its gazetteer entry", () => {
    expect(resolver.mention({ kind: "place", text: "طفس", start: 0, end: 3, ref: "tafas" })).toEqual({ kind: "place", place: tafas });
  });
  it("resolves a weapon mention to its names", () => {
    expect(resolver.mention({ kind: "weapon", text: "دبابتين", start: 0, end: 7, ref: "tank" })).toEqual({
      kind: "weapon",
      name: { en: "Tank", ar: "دبابة" },
    });
  });
  it("reports a dangling reference as unresolved", () => {
    expect(resolver.mention({ kind: "actor", text: "x", start: 0, end: 1, ref: "nobody" })).toEqual({ kind: "unresolved" });
  });
  it("does not treat inherited object keys as weapons", () => {
    expect(resolver.mention({ kind: "weapon", text: "x", start: 0, end: 1, ref: "toString" })).toEqual({ kind: "unresolved" });
  });
});
