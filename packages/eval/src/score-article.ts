import type { ExtractionResult } from "@marsad/model";
import { evidenceHoldsTrigger } from "./check-evidence";
import {
  type ForbidViolationView,
  type MatchedEventView,
  type MissedEventView,
  type PredictedEventView,
  viewMiss,
  viewPair,
  viewPredicted,
  viewViolation,
} from "./event-views";
import type { GoldFile } from "./gold-schema";
import { matchEntities, candidatesOf, predictedWeapons, type PlacedPair, scoreGeocoding, scoreWeapons } from "./match-entities";
import { type EventAttribute, matchEvents } from "./match-events";
import { matchFigures } from "./match-figures";
import { type MetadataScore, matchMetadata } from "./match-metadata";
import { type Counts, type Tally, tallyOf } from "./metrics";

export const ENTITY_KINDS = ["places", "actors", "persons", "sources"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Found / missed / false alarms of one kind in one article, by name. */
export interface KindReport {
  readonly counts: Counts;
  readonly misses: readonly string[];
  readonly falseAlarms: readonly string[];
  readonly duplicates: readonly string[];
}

export interface EventReport {
  readonly counts: Counts;
  readonly attributes: Record<EventAttribute, Tally>;
  readonly date: Tally;
  readonly matched: readonly MatchedEventView[];
  readonly misses: readonly MissedEventView[];
  readonly falseAlarms: readonly PredictedEventView[];
  readonly duplicates: readonly PredictedEventView[];
  /** Predictions absorbed by optional gold events. */
  readonly absorbed: number;
  /** Predictions told as history, left out. */
  readonly background: number;
  readonly forbidViolations: readonly ForbidViolationView[];
  /** All predicted events (background too): does an evidence span contain the trigger? */
  readonly evidence: Tally;
  readonly triggerOutsideEvidence: readonly PredictedEventView[];
}

/** Everything scored on one article: JSON-ready, no references into the extractor's result. */
export interface ArticleReport {
  readonly goldFile: string;
  readonly article: string;
  /** Set when the extractor threw on this article; it is then scored as predicting nothing. */
  readonly error: string | null;
  readonly entities: Record<EntityKind, KindReport>;
  readonly weapons: KindReport;
  readonly geocoding: { readonly tally: Tally; readonly placed: readonly PlacedPair[] };
  readonly metadata: MetadataScore;
  readonly events: EventReport;
  readonly figures: KindReport;
}

export function scoreArticle(goldFile: string, gold: GoldFile, result: ExtractionResult, error: string | null = null): ArticleReport {
  const candidates = candidatesOf(result);
  // The contract lists regions and countries "when listed" (kind region/country); gold files annotate mappable places only.
  const vague = new Set(result.places.filter((p) => p.kind === "region" || p.kind === "country").map((p) => p.id));
  const placeScore = matchEntities(gold.expect.places, candidates.places, (candidate) => vague.has(candidate.id));
  const kindReport = (kind: EntityKind): KindReport => {
    const score = kind === "places" ? placeScore : matchEntities(gold.expect[kind], candidates[kind]);
    const firstName = (candidate: { id: string; names: readonly string[] }) => candidate.names[0] ?? candidate.id;
    return {
      counts: score.counts,
      misses: score.misses.map((miss) => miss.name),
      falseAlarms: score.falseAlarms.map(firstName),
      duplicates: score.duplicates.map(firstName),
    };
  };
  const weapons = scoreWeapons(gold.expect.weapons, predictedWeapons(result));
  const events = matchEvents(gold, result);
  const figures = matchFigures(gold.expect.figures, result.figures);
  const view = (event: Parameters<typeof viewPredicted>[0]) => viewPredicted(event, result);
  return {
    goldFile,
    article: gold.article,
    error,
    entities: {
      places: kindReport("places"),
      actors: kindReport("actors"),
      persons: kindReport("persons"),
      sources: kindReport("sources"),
    },
    weapons: { counts: weapons.counts, misses: weapons.misses, falseAlarms: weapons.falseAlarms, duplicates: [] },
    geocoding: scoreGeocoding(placeScore.pairs, result),
    metadata: matchMetadata(gold, result),
    events: {
      counts: events.counts,
      attributes: events.attributes,
      date: events.date,
      matched: events.pairs.map((pair) => viewPair(pair, result)),
      misses: events.misses.map(viewMiss),
      falseAlarms: events.falseAlarms.map(view),
      duplicates: events.duplicates.map(view),
      absorbed: events.absorbed.length,
      background: events.background,
      forbidViolations: events.forbidViolations.map((violation) => viewViolation(violation, result)),
      evidence: tallyOf(result.events.map(evidenceHoldsTrigger)),
      triggerOutsideEvidence: result.events.filter((event) => !evidenceHoldsTrigger(event)).map(view),
    },
    figures: {
      counts: figures.counts,
      misses: figures.misses.map((figure) => `${figure.kind} ${figure.min}..${figure.max ?? "∞"}`),
      falseAlarms: figures.falseAlarms.map((figure) => `${figure.kind} ${figure.count ?? `${figure.min ?? "?"}..${figure.max ?? "?"}`}`),
      duplicates: [],
    },
  };
}
