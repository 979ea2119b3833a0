import type { PlaceEntry } from "../lexicon/types";
import { keyOf } from "../normalize/matching-key";
import type { PlaceCandidate } from "./places-candidates";

/** Which kind a bare name most likely means: the town before the admin unit of the same name. */
const KIND_RANK: Record<PlaceEntry["kind"], number> = {
  city: 0,
  town: 1,
  village: 2,
  camp: 3,
  quarter: 3,
  crossing: 3,
  military_site: 3,
  landmark: 3,
  road: 4,
  region: 5,
  country: 5,
  governorate: 6,
  district: 7,
  subdistrict: 8,
};

/** Where an entry lies, for comparing homonyms: its governorate, or its country outside Syria. */
export function clusterOf(entry: PlaceEntry): string {
  if (entry.admin1) return entry.admin1;
  return `country:${entry.country ?? "SY"}`;
}

const keysCache = new WeakMap<PlaceEntry, { name: string; all: Set<string> }>();
/** An entry's name key and the keys of all its forms, computed once per entry. */
function keysOf(entry: PlaceEntry): { name: string; all: Set<string> } {
  let keys = keysCache.get(entry);
  if (!keys) {
    const name = keyOf(entry.name);
    keys = { name, all: new Set([name, ...entry.variants.map(keyOf)]) };
    keysCache.set(entry, keys);
  }
  return keys;
}

/** The matching key of an entry's name, computed once per entry. */
export function nameKeyOf(entry: PlaceEntry): string {
  return keysOf(entry).name;
}

/** Whether the form is one of the entry's ordinary-word or given-name forms. */
export function isWeakForm(candidate: PlaceCandidate, stopForms: ReadonlySet<string>): boolean {
  return stopForms.has(candidate.form) || candidate.entries.some((e) => e.commonWord === true && keysOf(e).name === candidate.form);
}
export function isPersonForm(candidate: PlaceCandidate): boolean {
  return candidate.entries.some((e) => e.personName === true && keysOf(e).all.has(candidate.form));
}

/** The evidence about where an article is, used to choose between homonyms. */
export interface GeoEvidence {
  /** Governorate (admin1) the article is about, if any. */
  readonly focus: string | null;
  /** Per sentence, clusters (admin1 or `country:XX`) of places resolved without doubt, and countries named by demonyms. */
  readonly sentenceClusters: ReadonlyMap<number, ReadonlyMap<string, number>>;
}

function clusterScore(cluster: string, candidate: PlaceCandidate, evidence: GeoEvidence): number {
  let score = 0;
  if (cluster === evidence.focus) score += 3;
  const near = evidence.sentenceClusters.get(candidate.sentence);
  score += 2 * Math.min(2, near?.get(cluster) ?? 0);
  // Syrian news: a Syrian place before a foreign homonym when nothing else decides.
  if (!cluster.startsWith("country:") || cluster === "country:SY") score += 0.5;
  return score;
}

function kindFit(entry: PlaceEntry, candidate: PlaceCandidate): boolean {
  return candidate.trigger === null || candidate.trigger.kinds.includes(entry.kind);
}

/** Chooses one entry for a candidate: trigger kind, then location evidence, then the likeliest kind and size. */
export function chooseEntry(candidate: PlaceCandidate, evidence: GeoEvidence): PlaceEntry | undefined {
  const fitting = candidate.entries.filter((e) => kindFit(e, candidate));
  const pool = fitting.length > 0 ? fitting : candidate.entries;
  let best: PlaceEntry | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const entry of pool) {
    const score =
      clusterScore(clusterOf(entry), candidate, evidence) * 100 - KIND_RANK[entry.kind] * 10 + Math.min(9, Math.log10((entry.population ?? 0) + 1));
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

/** Whether every entry of a candidate lies in one governorate or country: no homonym to choose between. */
export function singleCluster(candidate: PlaceCandidate): string | null {
  const clusters = new Set(candidate.entries.map(clusterOf));
  const [only] = clusters;
  return clusters.size === 1 && only !== undefined ? only : null;
}
