import { Worker } from "node:worker_threads";
import { ExtractInputError, type ExtractOptions, type Extractor } from "@marsad/extract";
import type { ExtractionResult } from "@marsad/model";

/** Extraction that may run elsewhere (a worker thread) and so answers with a promise. */
export interface AsyncExtractor {
  extract(input: string, options?: ExtractOptions): Promise<ExtractionResult>;
  /** The same result as its JSON text (what `POST /v1/extract` sends), made where the extraction ran. */
  extractJson(input: string, options?: ExtractOptions): Promise<string>;
  close(): Promise<void>;
}

export function inlineExtractor(extractor: Extractor): AsyncExtractor {
  return {
    extract: async (input, options) => extractor.extract(input, options),
    extractJson: async (input, options) => JSON.stringify(extractor.extract(input, options)),
    close: async () => undefined,
  };
}

type InputErrorCode = ExtractInputError["code"];
const INPUT_ERROR_CODES: ReadonlySet<string> = new Set<InputErrorCode>(["empty_input", "input_too_large", "invalid_option"]);

/**
 * A worker's reply, checked by shape only: the result inside is the JSON text of the typed extractor's own return
 * value, so validating it again field by field (as a zod parse of the whole result did) only cost time.
 */
type Reply = { id: number; ok: true; json: string } | { id: number; ok: false; code: InputErrorCode | null; message: string };

function readReply(message: unknown): Reply {
  if (typeof message === "object" && message !== null && "id" in message && typeof message.id === "number" && "ok" in message) {
    if (message.ok === true && "json" in message && typeof message.json === "string") return { id: message.id, ok: true, json: message.json };
    if (message.ok === false && "message" in message && typeof message.message === "string") {
      const code = "code" in message && typeof message.code === "string" && INPUT_ERROR_CODES.has(message.code) ? (message.code as InputErrorCode) : null;
      return { id: message.id, ok: false, code, message: message.message };
    }
  }
  throw new Error("an extraction worker sent a malformed reply");
}

interface Pending {
  resolve: (json: string) => void;
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
      const reply = readReply(message);
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      slot.busy -= 1;
      if (reply.ok) job.resolve(reply.json);
      else job.reject(reply.code ? new ExtractInputError(reply.code, reply.message) : new Error(`extraction failed in a worker: ${reply.message}`));
    });
    worker.on("error", (error) => {
      slot.failed = error;
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    return slot;
  });
  const extractJson = (input: string, options: ExtractOptions = {}): Promise<string> =>
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
      });
  return {
    extractJson,
    // The JSON text of the worker's typed ExtractionResult: parsing it gives that result back.
    extract: async (input, options) => JSON.parse(await extractJson(input, options)) as ExtractionResult,
    close: async () => {
      await Promise.all(workers.map((slot) => slot.worker.terminate()));
    },
  };
}
