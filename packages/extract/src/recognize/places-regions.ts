import type { Lexicons } from "../lexicon/index";
import type { PlaceEntry } from "../lexicon/types";
import type { Direction } from "./places-cues";
import { nameKeyOf } from "./places-resolve";

/** How a direction is written: the noun before a place (`غرب درعا`) and the adjective after `ريف X` (`الغربي`). */
export interface DirectionWords {
  readonly direction: Direction;
  readonly noun: string;
  readonly adjective: string;
}

const EN: Record<Direction, string> = {
  north: "northern",
  south: "southern",
  east: "eastern",
  west: "western",
  northwest: "northwestern",
  northeast: "northeastern",
  southwest: "southwestern",
  southeast: "southeastern",
  middle: "central",
};

const COMPOUND: Record<string, Direction> = {
  "north-west": "northwest",
  "north-east": "northeast",
  "south-west": "southwest",
  "south-east": "southeast",
};

/** Two directions in a row (`شمال غربي`): north/south first, east/west second. */
export function combineDirections(first: DirectionWords, second: DirectionWords): DirectionWords | undefined {
  const direction = COMPOUND[`${first.direction}-${second.direction}`];
  if (!direction) return undefined;
  return { direction, noun: `${first.noun} ${second.noun}`, adjective: `${first.adjective} ${second.adjective}` };
}

const curatedCache = new WeakMap<Lexicons, Map<string, PlaceEntry>>();
function curatedRegions(lexicons: Lexicons): Map<string, PlaceEntry> {
  let index = curatedCache.get(lexicons);
  if (!index) {
    index = new Map();
    for (const entry of lexicons.places.values()) {
      if (entry.anchor && entry.direction) index.set(`${entry.anchor}|${entry.direction}`, entry);
    }
    curatedCache.set(lexicons, index);
  }
  return index;
}

/** The governorate a place stands for when a direction is given: itself, or the governorate whose seat it is. */
function governorateOf(lexicons: Lexicons, place: PlaceEntry): PlaceEntry | undefined {
  if (place.kind === "governorate") return place;
  const governorate = place.admin1 ? lexicons.places.get(place.admin1) : undefined;
  if (governorate && nameKeyOf(governorate) === nameKeyOf(place)) return governorate;
  return undefined;
}

/**
 * The region a direction phrase names (`غربي درعا`, `ريف حلب الشمالي`, `ريف درعا`): the curated entry when there is
 * one, else a region built around its anchor, placed at the anchor (vague by nature; precision 3).
 */
export function directionRegion(lexicons: Lexicons, anchor: PlaceEntry, words: DirectionWords | null): PlaceEntry {
  const governorate = governorateOf(lexicons, anchor);
  const base = governorate ?? anchor;
  if (words) {
    const curated = curatedRegions(lexicons).get(`${base.id}|${words.direction}`);
    if (curated) return curated;
  }
  const countryside = governorate !== undefined;
  const id = `region:${base.id}-${words?.direction ?? "countryside"}`;
  const rural = base.name.startsWith("ريف ") ? base.name : `ريف ${base.name}`;
  const name = countryside || !words ? (words ? `${rural} ${words.adjective}` : rural) : `${words.noun} ${base.name}`;
  const nameEn = countryside
    ? `${words ? `${EN[words.direction]} ` : ""}${base.nameEn} countryside`
    : `${words ? `${EN[words.direction]} ` : ""}${base.nameEn} area`;
  return {
    id,
    name,
    nameEn,
    kind: "region",
    lat: base.lat,
    lon: base.lon,
    admin1: base.admin1,
    admin2: null,
    admin3: null,
    parent: base.id,
    variants: [],
    variantsEn: [],
    anchor: base.id,
    ...(words ? { direction: words.direction } : {}),
    ...(base.country ? { country: base.country } : {}),
  };
}
