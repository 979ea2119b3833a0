import type { Figure } from "@marsad/model";
import type { CasualtyCount } from "./counts";

/** A count this large in one sentence is a toll over time, not one event's. */
export const AGGREGATE_THRESHOLD = 100;

/** Aggregate statistics of a sentence: every counted casualty word, with the group it counts. */
export function figuresOf(counts: readonly CasualtyCount[], civilians: (noun: string | null) => boolean, period: string | null): Figure[] {
  return counts
    .filter((c) => c.count.count !== null || c.count.min !== null || c.count.max !== null)
    .map((c) => ({
      kind: c.kind === "arrested" ? "arrested" : c.kind,
      count: c.count.count,
      min: c.count.min,
      max: c.count.max,
      exact: c.count.exact,
      group: civilians(c.noun) ? "civilians" : null,
      period,
      evidence: [c.evidence],
    }));
}

/** Whether a count is an aggregate by its size alone. */
export function isAggregateCount(count: CasualtyCount): boolean {
  const value = count.count.count ?? count.count.min ?? 0;
  return value >= AGGREGATE_THRESHOLD;
}
