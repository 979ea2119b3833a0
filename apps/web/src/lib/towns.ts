import type { TownLabel } from "@/components/map/map-data";
import { listPlaces } from "./api";

const TOWN_KINDS = new Set(["city", "town"]);

/** Syria's towns from the API's gazetteer, as map labels; an empty list (no labels) when the API has none. */
export async function loadTowns(locale: "ar" | "en"): Promise<TownLabel[]> {
  const places = await listPlaces();
  if (!places.ok) return [];
  return places.data.flatMap((place) =>
    TOWN_KINDS.has(place.kind) && place.lat !== null && place.lon !== null ? [{ name: locale === "en" ? place.nameEn : place.name, lat: place.lat, lon: place.lon }] : [],
  );
}
