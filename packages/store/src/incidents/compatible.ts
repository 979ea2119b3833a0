/** What clustering needs to know about one event (a report): the facts that decide "the same happening". */
export interface ReportFacts {
  articleId: string;
  eventType: string;
  date: string | null;
  placeId: string | null;
  placeKind: string | null;
  lat: number | null;
  lon: number | null;
  placePath: string[];
  actor1: string | null;
  actor2: string | null;
}

/** Place kinds that name an area, not a spot: their coordinates are centroids, useless for a 5 km test. */
const AREA_KINDS = new Set(["country", "region", "governorate", "district", "subdistrict"]);
export const SAME_PLACE_KM = 5;
export const SAME_DATE_DAYS = 1;

export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Same place, within 5 km, or the same sub-district when one side is only known to that precision. */
export function samePlace(a: ReportFacts, b: ReportFacts): boolean {
  if (!a.placeId || !b.placeId) return false;
  if (a.placeId === b.placeId) return true;
  if (a.placeKind === "subdistrict" && b.placePath.includes(a.placeId)) return true;
  if (b.placeKind === "subdistrict" && a.placePath.includes(b.placeId)) return true;
  const spots = !AREA_KINDS.has(a.placeKind ?? "") && !AREA_KINDS.has(b.placeKind ?? "");
  if (spots && a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
    return distanceKm(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM;
  }
  return false;
}

export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Dates within one day when both are known; an unknown date does not contradict. */
export function sameDate(a: ReportFacts, b: ReportFacts): boolean {
  if (a.date === null || b.date === null) return true;
  return daysBetween(a.date, b.date) <= SAME_DATE_DAYS;
}

/** `parents` maps an actor id to its parent id (a unit to its army): a unit and its army are compatible. */
export type ActorParents = ReadonlyMap<string, string | null>;

function sameActor(a: string | null, b: string | null, parents: ActorParents): boolean {
  if (a === null || b === null || a === b) return true;
  return parents.get(a) === b || parents.get(b) === a;
}

/** Compatible actors: no side named by both reports differs, read in the same or the swapped order. */
export function compatibleActors(a: ReportFacts, b: ReportFacts, parents: ActorParents): boolean {
  const straight = sameActor(a.actor1, b.actor1, parents) && sameActor(a.actor2, b.actor2, parents);
  const swapped = sameActor(a.actor1, b.actor2, parents) && sameActor(a.actor2, b.actor1, parents);
  return straight || swapped;
}

/** Two reports from different articles describe the same happening. */
export function sameIncident(a: ReportFacts, b: ReportFacts, parents: ActorParents): boolean {
  return (
    a.articleId !== b.articleId &&
    a.eventType === b.eventType &&
    samePlace(a, b) &&
    sameDate(a, b) &&
    compatibleActors(a, b, parents)
  );
}
