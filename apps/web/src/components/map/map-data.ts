import type { FeatureCollection, Point } from "geojson";

/** What the client map needs of an incident: kept small because it is serialised into the page. */
export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  type: string;
  title: string;
}

export interface TownLabel {
  name: string;
  /** Cities are labelled at every zoom, towns only once the reader zooms in. */
  major: boolean;
  lat: number;
  lon: number;
}

export type PointCollection = FeatureCollection<Point, { id: string; type: string; title: string }>;

export function toFeatureCollection(points: readonly MapPoint[]): PointCollection {
  return {
    type: "FeatureCollection",
    features: points.map((point) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [point.lon, point.lat] },
      properties: { id: point.id, type: point.type, title: point.title },
    })),
  };
}

/** Where the map opens: Daraa, Quneitra and As-Suwayda (the south), as [west, south, east, north]. */
export const SOUTH_BOUNDS: [number, number, number, number] = [35.6, 32.3, 37.1, 33.45];
