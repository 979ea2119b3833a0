import { describe, expect, it } from "vitest";
import { defaultLexicons } from "../lexicon/index";
import { combineDirections, directionRegion } from "./places-regions";

const lexicons = defaultLexicons();
const place = (id: string) => {
  const entry = lexicons.places.get(id);
  if (!entry) throw new Error(`no ${id}`);
  return entry;
};
const north = { direction: "north", noun: "شمال", adjective: "الشمالي" } as const;
const west = { direction: "west", noun: "غرب", adjective: "الغربي" } as const;

describe("direction regions", () => {
  it("combines north/south with east/west, and nothing else", () => {
    expect(combineDirections(north, west)).toEqual({ direction: "northwest", noun: "شمال غرب", adjective: "الشمالي الغربي" });
    expect(combineDirections(west, north)).toBeUndefined();
  });

  it("uses the curated region for a governorate or its seat, at the region's own coordinates", () => {
    expect(directionRegion(lexicons, place("SY12"), west).id).toBe("region:SY12-west");
    expect(directionRegion(lexicons, place("gn:170905"), west).id).toBe("region:SY12-west");
  });

  it("builds ريف X <direction> for a governorate without a curated region, placed at the governorate", () => {
    const region = directionRegion(lexicons, place("gn:170063"), north);
    expect(region).toMatchObject({ id: "region:SY02-north", name: "ريف حلب الشمالي", kind: "region", admin1: "SY02", anchor: "SY02" });
    expect([region.lat, region.lon]).toEqual([place("SY02").lat, place("SY02").lon]);
  });

  it("does not double ريف for ريف دمشق, and names a town's surroundings by the direction noun", () => {
    expect(directionRegion(lexicons, place("SY03"), west).name).toBe("ريف دمشق الغربي");
    expect(directionRegion(lexicons, place("gn:163806"), west)).toMatchObject({ id: "region:gn:163806-west", name: "غرب طفس" });
    expect(directionRegion(lexicons, place("SY12"), null)).toMatchObject({ id: "region:SY12-countryside", name: "ريف درعا" });
  });
});
