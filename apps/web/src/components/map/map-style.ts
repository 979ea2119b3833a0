import type { ExpressionSpecification, StyleSpecification } from "maplibre-gl";
import { TYPE_COLOURS } from "@/lib/taxonomy";
import type { PointCollection } from "./map-data";

const typeColourExpression = [
  "match",
  ["get", "type"],
  ...Object.entries(TYPE_COLOURS).flat(),
  "#555555",
] as unknown as ExpressionSpecification;

/**
 * The offline style: borders from the bundled basemap, incidents as clustered circles coloured by type. No glyphs or
 * sprites, so nothing is fetched from elsewhere; labels (towns, cluster counts) are HTML markers drawn by the page.
 * A tile URL, when configured, adds a street layer beneath.
 */
export function buildStyle(points: PointCollection, tilesUrl: string | undefined): StyleSpecification {
  // A PMTiles archive (raster) is one URL with a TileJSON inside; anything else is an XYZ template.
  const streets: StyleSpecification["sources"] = !tilesUrl
    ? {}
    : tilesUrl.startsWith("pmtiles://")
      ? { streets: { type: "raster", url: tilesUrl, tileSize: 256 } }
      : { streets: { type: "raster", tiles: [tilesUrl], tileSize: 256 } };
  return {
    version: 8,
    sources: {
      ...streets,
      countries: { type: "geojson", data: "/basemap/countries.geojson" },
      incidents: { type: "geojson", data: points, cluster: true, clusterRadius: 36, clusterMaxZoom: 11 },
    },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#dfe9ee" } },
      ...(tilesUrl ? [{ id: "streets", type: "raster" as const, source: "streets" }] : []),
      {
        id: "countries-fill",
        type: "fill",
        source: "countries",
        paint: { "fill-color": ["case", ["get", "focus"], "#fbf8f1", "#eeebe3"], "fill-opacity": tilesUrl ? 0.35 : 1 },
      },
      { id: "countries-line", type: "line", source: "countries", paint: { "line-color": "#8a857b", "line-width": 1.2 } },
      {
        id: "clusters",
        type: "circle",
        source: "incidents",
        filter: ["has", "point_count"],
        paint: {
          "circle-color": "#0b5d6b",
          "circle-opacity": 0.85,
          "circle-stroke-color": "#ffffff",
          "circle-stroke-width": 2,
          "circle-radius": ["step", ["get", "point_count"], 13, 10, 17, 50, 22, 200, 28],
        },
      },
      {
        id: "points",
        type: "circle",
        source: "incidents",
        filter: ["!", ["has", "point_count"]],
        paint: {
          "circle-color": typeColourExpression,
          "circle-radius": 7,
          "circle-stroke-color": "#ffffff",
          "circle-stroke-width": 2,
        },
      },
    ],
  };
}
