import { Worker } from "node:worker_threads";
import { extract } from "@marsad/extract";
import type { ExtractionResult } from "@marsad/model";
import type { Store } from "../src/index";
import type { Variant } from "./variants";

export interface Extracted {
  variant: Variant;
  result: ExtractionResult;
}

/** Extracts every variant once and times it: the CPU part of ingestion, the same whatever the database. */
export function extractAll(items: Variant[]): { extracted: Extracted[]; seconds: number; events: number } {
  const started = performance.now();
  const extracted = items.map((variant) => ({ variant, result: extract(variant.raw, { published: variant.published }) }));
  const seconds = (performance.now() - started) / 1000;
  return { extracted, seconds, events: extracted.reduce((n, e) => n + e.result.events.length, 0) };
}

/** Stores already-extracted articles with `concurrency` ingestions in flight; returns seconds and outcomes. */
export async function storeAll(
  store: Store,
  items: Extracted[],
  concurrency: number,
  progress?: (done: number, seconds: number) => void,
): Promise<{ seconds: number; created: number; duplicate: number }> {
  let next = 0;
  let created = 0;
  let duplicate = 0;
  const started = performance.now();
  const lane = async () => {
    for (;;) {
      const item = items[next++];
      if (!item) return;
      const outcome = await store.ingest({ result: item.result, raw: item.variant.raw, format: "text", published: item.variant.published });
      if (outcome.status === "created") created++;
      else duplicate++;
      if ((created + duplicate) % 1000 === 0) progress?.(created + duplicate, (performance.now() - started) / 1000);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { seconds: (performance.now() - started) / 1000, created, duplicate };
}

/** Extraction and storage interleaved, as `marsad ingest` does it: the honest end-to-end rate. */
export async function ingestAll(store: Store, items: Variant[], concurrency: number): Promise<{ seconds: number; created: number }> {
  let next = 0;
  let created = 0;
  const started = performance.now();
  const lane = async () => {
    for (;;) {
      const variant = items[next++];
      if (!variant) return;
      const outcome = await store.ingestRaw(variant.raw, { published: variant.published });
      if (outcome.status === "created") created++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { seconds: (performance.now() - started) / 1000, created };
}

/** Extraction on worker threads, so the main thread stores while other articles are being extracted. */
export class ExtractPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, (result: ExtractionResult) => void>();
  private nextId = 0;

  private constructor(workers: Worker[]) {
    this.workers = workers;
    for (const worker of workers) {
      worker.on("message", (message: { id?: number; result?: ExtractionResult }) => {
        if (message.id === undefined || !message.result) return;
        this.waiting.get(message.id)?.(message.result);
        this.waiting.delete(message.id);
      });
    }
  }

  static async start(threads: number): Promise<ExtractPool> {
    const workers = Array.from({ length: threads }, () => new Worker(new URL("./extract-worker.mjs", import.meta.url)));
    // Each thread loads the lexicons first; the pool is timed from when all are ready.
    await Promise.all(workers.map((w) => new Promise((resolve, reject) => w.once("message", resolve).once("error", reject))));
    return new ExtractPool(workers);
  }

  extract(variant: Variant): Promise<ExtractionResult> {
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length];
    if (!worker) throw new Error("empty extraction pool");
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ id, raw: variant.raw, published: variant.published });
    });
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Extraction (on the pool's threads) and storage (here) overlapped, `concurrency` articles in flight. */
export async function pipelineAll(store: Store, pool: ExtractPool, items: Variant[], concurrency: number): Promise<{ seconds: number; created: number }> {
  let next = 0;
  let created = 0;
  const started = performance.now();
  const lane = async () => {
    for (;;) {
      const variant = items[next++];
      if (!variant) return;
      const result = await pool.extract(variant);
      const outcome = await store.ingest({ result, raw: variant.raw, format: "text", published: variant.published });
      if (outcome.status === "created") created++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { seconds: (performance.now() - started) / 1000, created };
}
