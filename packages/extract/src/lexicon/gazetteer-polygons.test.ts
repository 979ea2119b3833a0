import { describe, expect, it } from "vitest";
import { DistrictPolygons, inRing } from "./gazetteer-polygons";

const square = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
  [0, 0],
] as [number, number][];

describe("district polygons", () => {
  it("tells inside from outside a ring", () => {
    expect(inRing(square, 1, 1)).toBe(true);
    expect(inRing(square, 3, 1)).toBe(false);
  });

  it("finds the district of a point, respecting holes", () => {
    const hole = square.map(([x, y]) => [x * 0.25 + 0.75, y * 0.25 + 0.75] as [number, number]);
    const geojson = JSON.stringify({
      features: [{ properties: { adm2_pcode: "SY9900" }, geometry: { type: "Polygon", coordinates: [square, hole] } }],
    });
    const polygons = DistrictPolygons.fromGeoJson(geojson);
    expect(polygons.districtsAt(0.2, 0.2)).toEqual(["SY9900"]);
    expect(polygons.districtsAt(1, 1)).toEqual([]);
    expect(polygons.districtsAt(5, 5)).toEqual([]);
  });
});
