// Runs in a worker thread: extraction is CPU-bound and synchronous, so it stays off the event loop serving reads.
import { parentPort } from "node:worker_threads";
import { ExtractInputError, extract } from "@marsad/extract";
import { z } from "zod";

const Job = z.object({
  id: z.number().int(),
  input: z.string(),
  options: z.object({
    format: z.enum(["text", "html"]).optional(),
    published: z.string().nullable().optional(),
    maxBytes: z.number().int().optional(),
  }),
});

parentPort?.on("message", (message: unknown) => {
  const job = Job.parse(message);
  try {
    // The result leaves as its JSON text: one string is cheaper to pass between threads than an object graph
    // (structured clone walks every node), and the HTTP answer is that same text, so the main thread never
    // serializes it again.
    parentPort?.postMessage({ id: job.id, ok: true, json: JSON.stringify(extract(job.input, job.options)) });
  } catch (error) {
    if (error instanceof ExtractInputError) {
      parentPort?.postMessage({ id: job.id, ok: false, code: error.code, message: error.message });
    } else {
      parentPort?.postMessage({ id: job.id, ok: false, code: null, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
});
