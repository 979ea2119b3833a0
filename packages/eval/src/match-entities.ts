import { type ExtractionResult, Weapon, type WeaponName } from "@marsad/model";
import { maxWeightAssignment } from "./assignment";
import type { GoldEntity, GoldPlace } from "./gold-schema";
import { type Counts, type Tally, tallyOf } from "./metrics";
import { anySameName } from "./normalize-name";
import { distanceKm, WELL_PLACED_KM } from "./geo";

/** A predicted entry reduced to what matching needs: its id and every name it goes by. */
export interface Candidate {
  readonly id: string;
  readonly names: readonly string[];
}

export interface EntityPair<G> {
  readonly gold: G;
  readonly predicted: Candidate;
}

export interface EntityScore<G extends GoldEntity = GoldEntity> {
  readonly counts: Counts;
  readonly pairs: readonly EntityPair<G>[];
  /** Required gold entries no prediction matched. */
  readonly misses: readonly G[];
  /** Predictions that match no gold entry at all. */
  readonly falseAlarms: readonly Candidate[];
  /**
   * Predictions that match a gold entry another prediction already took (one referent listed twice).
   * Neither found nor false alarms, as FORMAT.md words it for events; listed so they stay visible.
   */
  readonly duplicates: readonly Candidate[];
}

const REQUIRED_WEIGHT = 2;
const OPTIONAL_WEIGHT = 1;

export function goldNames(entry: GoldEntity): string[] {
  return [entry.name, ...entry.aliases];
}

/**
 * Pairs predictions with gold entries by name (each used at most once, required entries first).
 * A prediction that matches an optional entry is never a false alarm; an unmatched optional entry
 * is never a miss.
 */
export function matchEntities<G extends GoldEntity>(
  gold: readonly G[],
  predicted: readonly Candidate[],
  /** Predictions that are not scored unless they match: vague regions and countries, which gold files do not list. */
  unscored: (candidate: Candidate) => boolean = () => false,
): EntityScore<G> {
  const matches = gold.map((entry) => predicted.map((candidate) => anySameName(candidate.names, goldNames(entry))));
  const weights = gold.map((entry, g) =>
    predicted.map((_, p) => (matches[g]?.[p] ? (entry.required ? REQUIRED_WEIGHT : OPTIONAL_WEIGHT) : 0)),
  );
  const assigned = maxWeightAssignment(weights);
  const pairs = assigned.flatMap(([g, p]) => {
    const entry = gold[g];
    const candidate = predicted[p];
    return entry && candidate ? [{ gold: entry, predicted: candidate }] : [];
  });
  const takenGold = new Set(assigned.map(([g]) => g));
  const takenPredicted = new Set(assigned.map(([, p]) => p));
  const misses = gold.filter((entry, g) => entry.required && !takenGold.has(g));
  const leftOver = predicted.filter((_, p) => !takenPredicted.has(p));
  const matchesAny = (candidate: Candidate): boolean => gold.some((entry) => anySameName(candidate.names, goldNames(entry)));
  const falseAlarms = leftOver.filter((candidate) => !matchesAny(candidate) && !unscored(candidate));
  const duplicates = leftOver.filter(matchesAny);
  const tp = pairs.filter((pair) => pair.gold.required).length;
  return { counts: { tp, fp: falseAlarms.length, fn: misses.length }, pairs, misses, falseAlarms, duplicates };
}

export interface PlacedPair {
  readonly gold: string;
  readonly predicted: string;
  /** Null when the prediction has no coordinates. */
  readonly distanceKm: number | null;
  readonly wellPlaced: boolean;
}

/** Geocoding of matched places (required or optional) whose gold coordinates are known. */
export function scoreGeocoding(
  pairs: readonly EntityPair<GoldPlace>[],
  result: ExtractionResult,
): { tally: Tally; placed: PlacedPair[] } {
  const placed = pairs.flatMap(({ gold, predicted }) => {
    if (gold.lat === null || gold.lon === null) return [];
    const place = result.places.find((entry) => entry.id === predicted.id);
    const distance =
      place && place.lat !== null && place.lon !== null ? distanceKm(gold.lat, gold.lon, place.lat, place.lon) : null;
    const wellPlaced = distance !== null && distance <= WELL_PLACED_KM;
    return [{ gold: gold.name, predicted: predicted.names[0] ?? predicted.id, distanceKm: distance, wellPlaced }];
  });
  return { tally: tallyOf(placed.map((pair) => pair.wellPlaced)), placed };
}

export interface WeaponScore {
  readonly counts: Counts;
  readonly misses: readonly WeaponName[];
  readonly falseAlarms: readonly WeaponName[];
}

/**
 * The article's weapons as a set: every resolved weapon mention plus every event's weapons
 * (background events included — the gold lists all weapons the article names).
 */
export function predictedWeapons(result: ExtractionResult): Set<WeaponName> {
  const weapons = new Set<WeaponName>();
  for (const mention of result.mentions) {
    if (mention.kind !== "weapon") continue;
    const weapon = Weapon.safeParse(mention.ref);
    if (weapon.success) weapons.add(weapon.data);
  }
  for (const event of result.events) for (const weapon of event.weapons) weapons.add(weapon);
  return weapons;
}

export function scoreWeapons(gold: readonly WeaponName[], predicted: ReadonlySet<WeaponName>): WeaponScore {
  const goldSet = new Set(gold);
  const misses = [...goldSet].filter((weapon) => !predicted.has(weapon));
  const falseAlarms = [...predicted].filter((weapon) => !goldSet.has(weapon));
  return { counts: { tp: goldSet.size - misses.length, fp: falseAlarms.length, fn: misses.length }, misses, falseAlarms };
}

/** The candidates of each entity kind in a result: Arabic name and English name. */
export function candidatesOf(result: ExtractionResult): Record<"places" | "actors" | "persons" | "sources", Candidate[]> {
  const both = (entry: { id: string; name: string; nameEn?: string | undefined }): Candidate => ({
    id: entry.id,
    names: entry.nameEn ? [entry.name, entry.nameEn] : [entry.name],
  });
  return {
    places: result.places.map(both),
    actors: result.actors.map(both),
    persons: result.persons.map(both),
    sources: result.sources.map(both),
  };
}
