import type { Place } from "@marsad/model";

/**
 * ACLED-style geo-precision of a place: 1 the exact locality (town, village, quarter, crossing, site),
 * 2 a sub-district or district, or "near" a locality (`قرب طفس`, `محيط طفس`), 3 a governorate, region or country.
 */
export function geoPrecisionOf(place: Pick<Place, "kind">, options: { near?: boolean } = {}): 1 | 2 | 3 {
  if (options.near && geoPrecisionOf(place) === 1) return 2;
  switch (place.kind) {
    case "subdistrict":
    case "district":
      return 2;
    case "governorate":
    case "region":
    case "country":
      return 3;
    default:
      return 1;
  }
}
