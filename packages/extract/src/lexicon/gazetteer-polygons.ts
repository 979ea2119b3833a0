import { z } from "zod";

const Ring = z.array(z.tuple([z.number(), z.number()]).rest(z.number()));
const Geometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(Ring) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(Ring)) }),
]);
const Collection = z.object({
  features: z.array(z.object({ properties: z.object({ adm2_pcode: z.string().nullable().optional() }), geometry: Geometry })),
});
type Ring = z.infer<typeof Ring>;

/** District polygons (GeoJSON with `adm2_pcode`), for checking which district a point lies in. */
export class DistrictPolygons {
  private constructor(private readonly districts: { code: string; polygons: Ring[][] }[]) {}

  static fromGeoJson(text: string): DistrictPolygons {
    const collection = Collection.parse(JSON.parse(text));
    return new DistrictPolygons(
      collection.features.flatMap((f) => {
        const code = f.properties.adm2_pcode;
        if (!code) return [];
        return [{ code, polygons: f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates }];
      }),
    );
  }

  /** P-codes of the districts whose polygon contains the point (holes respected). */
  districtsAt(lon: number, lat: number): string[] {
    return this.districts
      .filter((d) => d.polygons.some(([outer, ...holes]) => outer !== undefined && inRing(outer, lon, lat) && !holes.some((h) => inRing(h, lon, lat))))
      .map((d) => d.code);
  }
}

/** Ray casting: whether the point is inside the ring. */
export function inRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
