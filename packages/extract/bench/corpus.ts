import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SEEDS = fileURLToPath(new URL("../../../seeds", import.meta.url));

/** The seed articles repeated until the corpus reaches `minBytes` of UTF-8. */
export function seedCorpus(minBytes: number): { articles: string[]; bytes: number } {
  const seeds = readdirSync(SEEDS)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(join(SEEDS, name), "utf8"));
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const seed of seeds) {
      articles.push(seed);
      bytes += Buffer.byteLength(seed, "utf8");
    }
  }
  return { articles, bytes };
}

export interface StageFigures {
  name: string;
  mbPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Runs `stage` over every article once (after a warm-up pass) and measures throughput and per-article latency. */
export function measure(name: string, articles: readonly string[], bytes: number, stage: (article: string) => unknown): StageFigures {
  for (const article of articles.slice(0, 50)) stage(article);
  const latencies = new Float64Array(articles.length);
  const started = process.hrtime.bigint();
  for (let i = 0; i < articles.length; i++) {
    const t0 = process.hrtime.bigint();
    stage(articles[i] ?? "");
    latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort();
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { name, mbPerSecond: bytes / 1e6 / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}

export function printFigures(figures: readonly StageFigures[]): void {
  for (const f of figures) {
    console.log(`${f.name.padEnd(34)} ${f.mbPerSecond.toFixed(1).padStart(7)} MB/s   p50 ${f.p50Ms.toFixed(3)} ms   p99 ${f.p99Ms.toFixed(3)} ms`);
  }
}
