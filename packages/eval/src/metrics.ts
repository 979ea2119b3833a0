/**
 * Counts and the figures derived from them. A figure whose denominator is zero is `null`
 * ("nothing to measure"), never a made-up 0 or 1: the report prints it as `—`.
 */
export interface Counts {
  /** Gold entries found (required ones only). */
  readonly tp: number;
  /** Predictions that match no gold entry, required or optional. */
  readonly fp: number;
  /** Required gold entries not found. */
  readonly fn: number;
}

export interface Prf extends Counts {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export interface Tally {
  readonly correct: number;
  readonly total: number;
}

export interface Accuracy extends Tally {
  readonly accuracy: number | null;
}

export const NO_COUNTS: Counts = { tp: 0, fp: 0, fn: 0 };
export const NO_TALLY: Tally = { correct: 0, total: 0 };

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function prf(counts: Counts): Prf {
  const { tp, fp, fn } = counts;
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

export function accuracy(tally: Tally): Accuracy {
  return { ...tally, accuracy: ratio(tally.correct, tally.total) };
}

/** Micro-averaging: counts are summed over articles before any figure is computed. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function addTally(a: Tally, b: Tally): Tally {
  return { correct: a.correct + b.correct, total: a.total + b.total };
}

export function tallyOf(outcomes: readonly boolean[]): Tally {
  return { correct: outcomes.filter(Boolean).length, total: outcomes.length };
}
