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
    parentPort?.postMessage({ id: job.id, ok: true, result: extract(job.input, job.options) });
  } catch (error) {
    if (error instanceof ExtractInputError) {
      parentPort?.postMessage({ id: job.id, ok: false, code: error.code, message: error.message });
    } else {
      parentPort?.postMessage({ id: job.id, ok: false, code: null, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
});
