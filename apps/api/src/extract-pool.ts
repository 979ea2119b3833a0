import { Worker } from "node:worker_threads";
import { ExtractInputError, type ExtractOptions, type Extractor } from "@marsad/extract";
import { ExtractionResult } from "@marsad/model";
import { z } from "zod";

/** Extraction that may run elsewhere (a worker thread) and so answers with a promise. */
export interface AsyncExtractor {
  extract(input: string, options?: ExtractOptions): Promise<ExtractionResult>;
  close(): Promise<void>;
}

export function inlineExtractor(extractor: Extractor): AsyncExtractor {
  return { extract: async (input, options) => extractor.extract(input, options), close: async () => undefined };
}

const Reply = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), result: ExtractionResult }),
  z.object({ id: z.number().int(), ok: z.literal(false), code: z.enum(["empty_input", "input_too_large", "invalid_option"]).nullable(), message: z.string() }),
]);

interface Pending {
  resolve: (result: ExtractionResult) => void;
  reject: (error: Error) => void;
}

/**
 * Node 20 does not apply the parent's `--import tsx` loader to a worker's own entry file, so a small bootstrap
 * registers tsx in the worker first, then imports the TypeScript worker module.
 */
function spawnWorker(): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./extract-worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  // Bounded heaps: V8 otherwise lets an idle-collected worker heap grow for a long time before collecting.
  return new Worker(bootstrap, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 } });
}

/**
 * `size` worker threads running the built-in extractor, each job to the least busy one. The worker module is
 * TypeScript, loaded through tsx. A worker that dies fails its jobs and every later one (the process should be restarted).
 */
export function extractPool(size: number): AsyncExtractor {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const workers = Array.from({ length: size }, () => {
    const worker = spawnWorker();
    const slot: { worker: Worker; busy: number; failed: Error | null } = { worker, busy: 0, failed: null };
    worker.on("message", (message: unknown) => {
      const reply = Reply.parse(message);
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      slot.busy -= 1;
      if (reply.ok) job.resolve(reply.result);
      else job.reject(reply.code ? new ExtractInputError(reply.code, reply.message) : new Error(`extraction failed in a worker: ${reply.message}`));
    });
    worker.on("error", (error) => {
      slot.failed = error;
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    return slot;
  });
  return {
    extract: (input, options = {}) =>
      new Promise((resolve, reject) => {
        let slot: (typeof workers)[number] | undefined;
        for (const candidate of workers) {
          if (candidate.failed === null && (slot === undefined || candidate.busy < slot.busy)) slot = candidate;
        }
        if (slot === undefined) {
          reject(new Error(`every extraction worker has failed: ${workers[0]?.failed?.message ?? "no workers"}`));
          return;
        }
        const id = nextId++;
        pending.set(id, { resolve, reject });
        slot.busy += 1;
        slot.worker.postMessage({ id, input, options: { format: options.format, published: options.published ?? null, maxBytes: options.maxBytes } });
      }),
    close: async () => {
      await Promise.all(workers.map((slot) => slot.worker.terminate()));
    },
  };
}
