import type { TownLabel } from "@/components/map/map-data";
import { listPlaces } from "./api";

const TOWN_KINDS = ["city", "town"] as const;

/** Syria's towns from the API's gazetteer, as map labels; an empty list (no labels) when the API has none. */
export async function loadTowns(locale: "ar" | "en"): Promise<TownLabel[]> {
  const lists = await Promise.all(TOWN_KINDS.map((kind) => listPlaces(kind)));
  return lists.flatMap((list) => (list.ok ? list.data : [])).flatMap((place) =>
    place.lat !== null && place.lon !== null ? [{ name: locale === "en" ? place.nameEn : place.name, major: place.kind === "city", lat: place.lat, lon: place.lon }] : [],
  );
}
