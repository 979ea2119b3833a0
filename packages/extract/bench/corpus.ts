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
  /** Wall-clock throughput. */
  mbPerSecond: number;
  /** Throughput by this process's CPU time: what one core does, whatever else the machine runs. */
  mbPerCpuSecond: number;
  /** CPU time per article: this thread's work plus any parallel GC threads' share. */
  p50Ms: number;
  p99Ms: number;
  /** Wall-clock time per article: what a caller waits. */
  wallP50Ms: number;
  wallP99Ms: number;
}

/**
 * Runs `stage` over every article once (after a warm-up pass). Latencies are CPU time per article
 * (`process.cpuUsage`), so a busy machine's other processes do not inflate them.
 */
export function measure(name: string, articles: readonly string[], bytes: number, stage: (article: string) => unknown): StageFigures {
  for (const article of articles.slice(0, 50)) stage(article);
  const latencies = new Float64Array(articles.length);
  const wall = new Float64Array(articles.length);
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < articles.length; i++) {
    const before = process.cpuUsage();
    const wallBefore = performance.now();
    stage(articles[i] ?? "");
    wall[i] = performance.now() - wallBefore;
    const used = process.cpuUsage(before);
    latencies[i] = (used.user + used.system) / 1000;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  latencies.sort();
  wall.sort();
  const at = (sorted: Float64Array, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    name,
    mbPerSecond: bytes / 1e6 / seconds,
    mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
    p50Ms: at(latencies, 0.5),
    p99Ms: at(latencies, 0.99),
    wallP50Ms: at(wall, 0.5),
    wallP99Ms: at(wall, 0.99),
  };
}

export function printFigures(figures: readonly StageFigures[]): void {
  console.log(`${"stage".padEnd(38)} ${"MB/s cpu".padStart(9)} ${"MB/s wall".padStart(10)}   per article: cpu time p50 / p99 | wall time p50 / p99`);
  for (const f of figures) {
    const ms = (value: number) => `${value.toFixed(3)} ms`;
    console.log(
      `${f.name.padEnd(38)} ${f.mbPerCpuSecond.toFixed(1).padStart(9)} ${f.mbPerSecond.toFixed(1).padStart(10)}   ${ms(f.p50Ms)} / ${ms(f.p99Ms)} | ${ms(f.wallP50Ms)} / ${ms(f.wallP99Ms)}`,
    );
  }
}
