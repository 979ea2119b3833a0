import type { Figure } from "@marsad/model";
import { maxWeightAssignment } from "./assignment";
import type { GoldFigure } from "./gold-schema";
import { countWithin } from "./match-events";
import type { Counts } from "./metrics";

export interface FigureScore {
  readonly counts: Counts;
  readonly misses: readonly GoldFigure[];
  readonly falseAlarms: readonly Figure[];
}

/** Aggregate statistics: same kind, predicted amount within the gold range (the group is not compared). */
export function matchFigures(gold: readonly GoldFigure[], predicted: readonly Figure[]): FigureScore {
  const fits = (g: GoldFigure, p: Figure): boolean => g.kind === p.kind && countWithin(p, g);
  const assigned = maxWeightAssignment(gold.map((g) => predicted.map((p) => (fits(g, p) ? 1 : 0))));
  const takenGold = new Set(assigned.map(([g]) => g));
  const takenPredicted = new Set(assigned.map(([, p]) => p));
  const misses = gold.filter((_, g) => !takenGold.has(g));
  const falseAlarms = predicted.filter((p, index) => !takenPredicted.has(index) && !gold.some((g) => fits(g, p)));
  return { counts: { tp: takenGold.size, fp: falseAlarms.length, fn: misses.length }, misses, falseAlarms };
}
