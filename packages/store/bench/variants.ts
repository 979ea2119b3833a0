import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultLexicons } from "@marsad/extract";

/** A deterministic pseudo-random source, so two bench runs ingest the same articles. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Variant {
  raw: string;
  published: string;
}

const pick = <T>(items: readonly T[], rnd: () => number): T => {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
};

/**
 * Realistic variants of the seed articles: the towns they name swapped for other southern towns, every number
 * changed, another publication date. Each variant is a different article for the store (different hash).
 */
export function* variants(seedsDir: string, count: number): Generator<Variant> {
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), "utf8"));
  const towns = [...defaultLexicons().places.values()].filter((p) => p.admin1 === "SY12" && ["town", "city", "village"].includes(p.kind) && p.name.length > 3);
  const names = towns.map((t) => t.name);
  const rnd = random(42);
  for (let i = 0; i < count; i++) {
    const seed = pick(seeds, rnd);
    let text = seed;
    for (const name of names) {
      if (text.includes(name) && rnd() < 0.8) text = text.split(name).join(pick(names, rnd));
    }
    text = text.replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + rnd())))));
    const day = new Date(Date.UTC(2013, 0, 1) + Math.floor(rnd() * 11 * 365) * 86_400_000).toISOString().slice(0, 10);
    // A line of its own keeps two variants that drew the same swaps distinct articles.
    yield { raw: `${text}\n\n(${i})`, published: day };
  }
}
