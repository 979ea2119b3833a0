import type { EventItem } from "../data/labels";

export interface Feature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

/** RFC 7946: a Point at [longitude, latitude], or a null geometry for an event without coordinates. */
export function featureOf(id: string, lat: number | null, lon: number | null, properties: Record<string, unknown>): Feature {
  return {
    type: "Feature",
    id,
    geometry: lat === null || lon === null ? null : { type: "Point", coordinates: [lon, lat] },
    properties,
  };
}

export function eventFeature(event: EventItem): Feature {
  const { lat, lon, ...properties } = event;
  return featureOf(event.id, lat, lon, properties);
}

export function featureCollection(features: Feature[]): { type: "FeatureCollection"; features: Feature[] } {
  return { type: "FeatureCollection", features };
}
