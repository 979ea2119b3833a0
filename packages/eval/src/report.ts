import type { PredictedEventView } from "./event-views";
import type { EvalReport } from "./evaluate";
import { EVENT_ATTRIBUTES, type EventAttribute } from "./match-events";
import type { Accuracy, Prf } from "./metrics";
import { ENTITY_KINDS, type ArticleReport, type KindReport } from "./score-article";

export interface FormatOptions {
  /** Adds a per-article breakdown: each miss and false alarm, with its evidence or gold note. */
  readonly verbose?: boolean;
}

/** The human-readable report: totals table, then (verbose) one section per article. */
export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const { totals } = report;
  const lines = [
    `Marsad evaluation: ${totals.articles} articles from ${report.goldDir}`,
    `extractor ${report.extractor.name} ${report.extractor.version}` +
      (totals.errors > 0 ? `; the extractor failed on ${totals.errors} article(s), scored as empty` : ""),
    "",
    prfHeader("Entities"),
    ...ENTITY_KINDS.map((kind) => prfRow(kind, totals.entities[kind])),
    prfRow("weapons", totals.weapons),
    prfRow("figures", totals.figures),
    "",
    accuracyRow("geocoding ≤ 5 km", totals.geocoding),
    accuracyRow("title", totals.title),
    accuracyRow("outlet", totals.outlet),
    accuracyRow("published", totals.published),
    accuracyRow("clean-up checks", totals.body),
    "",
    prfHeader("Events"),
    prfRow("events", totals.events),
    `  ${eventFootnote(report.articles)}`,
    "",
    "Attributes of matched required events",
    ...EVENT_ATTRIBUTES.map((attribute) => accuracyRow(ATTRIBUTE_LABELS[attribute], totals.attributes[attribute])),
    accuracyRow("date", totals.date),
    "",
    accuracyRow("evidence ∋ trigger", totals.evidence),
    "",
    `forbid violations: ${totals.forbidViolations}`,
  ];
  if (options.verbose) for (const article of report.articles) lines.push("", ...articleSection(article));
  return `${lines.join("\n")}\n`;
}

const ATTRIBUTE_LABELS: Record<EventAttribute, string> = {
  subEventType: "sub-event type",
  actor1: "actor1",
  actor2: "actor2",
  fatalities: "fatalities",
  captured: "captured",
  weapons: "weapons",
};

const LABEL_WIDTH = 18;

function figure(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}

function prfHeader(title: string): string {
  return `${title.padEnd(LABEL_WIDTH)}${["found", "missed", "false", "precision", "recall", "F1"].map((h) => h.padStart(10)).join("")}`;
}

function prfRow(label: string, values: Prf): string {
  const cells = [values.tp, values.fn, values.fp].map((n) => String(n).padStart(10));
  const ratios = [values.precision, values.recall, values.f1].map((n) => figure(n).padStart(10));
  return `  ${label.padEnd(LABEL_WIDTH - 2)}${cells.join("")}${ratios.join("")}`;
}

function accuracyRow(label: string, values: Accuracy): string {
  return `  ${label.padEnd(LABEL_WIDTH - 2)}${`${values.correct}/${values.total}`.padStart(10)}${figure(values.accuracy).padStart(10)}`;
}

function eventFootnote(articles: readonly ArticleReport[]): string {
  const sum = (pick: (article: ArticleReport) => number) => articles.reduce((total, article) => total + pick(article), 0);
  return (
    `(absorbed by optional gold events: ${sum((a) => a.events.absorbed)}; ` +
    `duplicates: ${sum((a) => a.events.duplicates.length)}; background, left out: ${sum((a) => a.events.background)})`
  );
}

function articleSection(article: ArticleReport): string[] {
  const lines = [`── ${article.article} (${article.goldFile})`, `  ${articleSummary(article)}`];
  if (article.error) lines.push(`  extractor error: ${article.error}`);
  for (const kind of ENTITY_KINDS) lines.push(...kindLines(kind, article.entities[kind]));
  lines.push(...kindLines("weapons", article.weapons), ...kindLines("figures", article.figures));
  for (const placed of article.geocoding.placed) {
    if (placed.wellPlaced) continue;
    const where = placed.distanceKm === null ? "no coordinates" : `${placed.distanceKm.toFixed(1)} km off`;
    lines.push(`  geocoding   ${placed.gold}: ${where}`);
  }
  const { metadata } = article;
  for (const name of ["title", "outlet", "published"] as const) {
    const field = metadata[name];
    if (!field.correct) lines.push(`  ${name.padEnd(11)} expected «${field.expected ?? "null"}», got «${field.predicted ?? "null"}»`);
  }
  for (const failure of metadata.body.failures) lines.push(`  clean-up    ${failure}`);
  lines.push(...eventLines(article));
  return lines;
}

/** Found out of required, per kind, so an article's weak spots show at a glance. */
function articleSummary(article: ArticleReport): string {
  const found = (label: string, counts: { tp: number; fn: number; fp: number }) =>
    `${label} ${counts.tp}/${counts.tp + counts.fn}${counts.fp > 0 ? ` +${counts.fp}` : ""}`;
  return [
    ...ENTITY_KINDS.map((kind) => found(kind, article.entities[kind].counts)),
    found("weapons", article.weapons.counts),
    found("events", article.events.counts),
  ].join(" · ");
}

function kindLines(kind: string, report: KindReport): string[] {
  const lines: string[] = [];
  if (report.misses.length > 0) lines.push(`  ${kind.padEnd(11)} missed: ${report.misses.join(", ")}`);
  if (report.falseAlarms.length > 0) lines.push(`  ${kind.padEnd(11)} false alarm: ${report.falseAlarms.join(", ")}`);
  if (report.duplicates.length > 0) lines.push(`  ${kind.padEnd(11)} duplicate: ${report.duplicates.join(", ")}`);
  return lines;
}

function eventLines(article: ArticleReport): string[] {
  const { events } = article;
  const lines: string[] = [];
  for (const miss of events.misses) {
    const what = `${miss.eventType} / ${miss.subEventType.join(" | ")} @ ${miss.place.join(" | ")}, ${miss.date ?? "any date"}`;
    lines.push(`  event miss  [${what}]${miss.misdated ? " (found at another date)" : ""}`, `              gold: ${miss.note}`);
  }
  for (const alarm of events.falseAlarms) lines.push(`  event false [${describe(alarm)}]`, ...evidence(alarm));
  for (const duplicate of events.duplicates) lines.push(`  event dup   [${describe(duplicate)}]`, ...evidence(duplicate));
  for (const match of events.matched) {
    for (const wrong of match.wrong) lines.push(`  event attr  ${wrong}`, `              gold: ${match.note}`);
  }
  for (const outside of events.triggerOutsideEvidence) {
    lines.push(`  no evidence [${describe(outside)}]: no evidence span contains the trigger`);
  }
  for (const violation of events.forbidViolations) {
    lines.push(
      `  FORBIDDEN   ${violation.rule} ${violation.value}: [${describe(violation.event)}] carries ${violation.event.fatalities}`,
      ...evidence(violation.event),
    );
  }
  return lines;
}

function describe(event: PredictedEventView): string {
  return `${event.eventType} / ${event.subEventType} @ ${event.place ?? "no place"}, ${event.date ?? "no date"}`;
}

function evidence(event: PredictedEventView): string[] {
  return event.evidence.map((text) => `              «${text}»`);
}
