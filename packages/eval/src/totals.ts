import type { EventAttribute } from "./match-events";
import {
  type Accuracy,
  accuracy,
  addCounts,
  addTally,
  type Counts,
  NO_COUNTS,
  NO_TALLY,
  type Prf,
  prf,
  type Tally,
  tallyOf,
} from "./metrics";
import type { ArticleReport, EntityKind } from "./score-article";

/** The set's figures, micro-averaged: counts summed over articles, then divided once. */
export interface Totals {
  readonly articles: number;
  /** Articles on which the extractor threw. */
  readonly errors: number;
  readonly entities: Record<EntityKind, Prf>;
  readonly weapons: Prf;
  readonly geocoding: Accuracy;
  readonly title: Accuracy;
  readonly outlet: Accuracy;
  readonly published: Accuracy;
  readonly body: Accuracy;
  readonly events: Prf;
  readonly attributes: Record<EventAttribute, Accuracy>;
  readonly date: Accuracy;
  readonly forbidViolations: number;
  /** Predicted events with an evidence span that contains their trigger. */
  readonly evidence: Accuracy;
  readonly figures: Prf;
}

export function totalsOf(articles: readonly ArticleReport[]): Totals {
  const sumCounts = (pick: (article: ArticleReport) => Counts): Prf => prf(articles.map(pick).reduce(addCounts, NO_COUNTS));
  const sumTally = (pick: (article: ArticleReport) => Tally): Accuracy => accuracy(articles.map(pick).reduce(addTally, NO_TALLY));
  const field = (name: "title" | "outlet" | "published"): Accuracy =>
    accuracy(tallyOf(articles.map((article) => article.metadata[name].correct)));
  const entity = (kind: EntityKind): Prf => sumCounts((article) => article.entities[kind].counts);
  const attribute = (name: EventAttribute): Accuracy => sumTally((article) => article.events.attributes[name]);
  return {
    articles: articles.length,
    errors: articles.filter((article) => article.error !== null).length,
    entities: { places: entity("places"), actors: entity("actors"), persons: entity("persons"), sources: entity("sources") },
    weapons: sumCounts((article) => article.weapons.counts),
    geocoding: sumTally((article) => article.geocoding.tally),
    title: field("title"),
    outlet: field("outlet"),
    published: field("published"),
    body: sumTally((article) => ({ correct: article.metadata.body.passed, total: article.metadata.body.total })),
    events: sumCounts((article) => article.events.counts),
    attributes: {
      subEventType: attribute("subEventType"),
      actor1: attribute("actor1"),
      actor2: attribute("actor2"),
      fatalities: attribute("fatalities"),
      captured: attribute("captured"),
      weapons: attribute("weapons"),
    },
    date: sumTally((article) => article.events.date),
    forbidViolations: articles.reduce((sum, article) => sum + article.events.forbidViolations.length, 0),
    evidence: sumTally((article) => article.events.evidence),
    figures: sumCounts((article) => article.figures.counts),
  };
}
