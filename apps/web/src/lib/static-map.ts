import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

const Ring = z.array(z.tuple([z.number(), z.number()]).rest(z.number()));
const Basemap = z.object({
  features: z.array(
    z.object({
      properties: z.object({ iso: z.string(), focus: z.boolean() }),
      geometry: z.discriminatedUnion("type", [
        z.object({ type: z.literal("Polygon"), coordinates: z.array(Ring) }),
        z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(Ring)) }),
      ]),
    }),
  ),
});

export interface StaticMap {
  width: number;
  height: number;
  countries: { iso: string; focus: boolean; path: string }[];
  point: { x: number; y: number } | null;
}

let cache: Promise<z.infer<typeof Basemap> | null> | undefined;

function loadBasemap() {
  cache ??= readFile(join(process.cwd(), "public", "basemap", "countries.geojson"), "utf8")
    .then((text) => Basemap.parse(JSON.parse(text)))
    .catch(() => null);
  return cache;
}

/** An SVG of the borders around a point (no JavaScript on the page): equirectangular, scaled by cos(latitude). */
export async function staticMapAround(lat: number, lon: number, spanDegrees = 2.6): Promise<StaticMap | null> {
  const basemap = await loadBasemap();
  if (!basemap) return null;
  const k = Math.cos((lat * Math.PI) / 180);
  const width = 320;
  const height = 240;
  const scale = width / (spanDegrees * k);
  const project = (x: number, y: number) => ({ x: (x - lon) * k * scale + width / 2, y: (lat - y) * scale + height / 2 });
  const ringPath = (ring: z.infer<typeof Ring>) =>
    `${ring
      .map(([x, y], i) => {
        const p = project(x, y);
        return `${i === 0 ? "M" : "L"}${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
      })
      .join("")}Z`;
  const countries = basemap.features.map((feature) => {
    const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    return { iso: feature.properties.iso, focus: feature.properties.focus, path: polygons.flat().map(ringPath).join("") };
  });
  return { width, height, countries, point: project(lon, lat) };
}
