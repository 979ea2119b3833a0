/** Great-circle distance in km between two points (haversine); a missing coordinate counts as 0. */
export function distanceKm(a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }): number {
  const rad = Math.PI / 180;
  const dLat = ((b.lat ?? 0) - (a.lat ?? 0)) * rad;
  const dLon = ((b.lon ?? 0) - (a.lon ?? 0)) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos((a.lat ?? 0) * rad) * Math.cos((b.lat ?? 0) * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
