/**
 * Writes the offline basemap the map loads from this site: the borders of Syria and its neighbours, cut from the
 * world GeoJSON of `@geo-maps/countries-land-10km` and rounded to ~100 m, so nothing is fetched from third parties.
 * Also copies MapLibre's web worker beside it: MapLibre finds its worker next to its own module, which a bundler moves.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { roundCoordinates } from "./round-coordinates";

const NEIGHBOURS = new Set(["SYR", "LBN", "ISR", "PSE", "JOR", "IRQ", "TUR", "CYP", "SAU", "EGY"]);

const Country = z.object({
  type: z.literal("Feature"),
  properties: z.object({ A3: z.string() }),
  geometry: z.object({ type: z.enum(["Polygon", "MultiPolygon"]), coordinates: z.array(z.unknown()) }),
});
const World = z.object({ type: z.literal("FeatureCollection"), features: z.array(Country) });

const require = createRequire(import.meta.url);
const worldPath = require.resolve("@geo-maps/countries-land-10km/map.geo.json");
const world = World.parse(JSON.parse(readFileSync(worldPath, "utf8")));

const features = world.features
  .filter((feature) => NEIGHBOURS.has(feature.properties.A3))
  .map((feature) => ({
    type: "Feature" as const,
    properties: { iso: feature.properties.A3, focus: feature.properties.A3 === "SYR" },
    geometry: { type: feature.geometry.type, coordinates: roundCoordinates(feature.geometry.coordinates, 3) },
  }));

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "basemap");
mkdirSync(outDir, { recursive: true });
const out = join(outDir, "countries.geojson");
writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features }));
console.log(`basemap: ${features.length} countries → ${out}`);

const workerPath = require.resolve("maplibre-gl/dist/maplibre-gl-worker.mjs");
copyFileSync(workerPath, join(outDir, "maplibre-gl-worker.mjs"));
console.log(`basemap: MapLibre worker → ${join(outDir, "maplibre-gl-worker.mjs")}`);
