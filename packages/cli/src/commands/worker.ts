import { parseArgs } from "node:util";
import { openQueue, openStore } from "@marsad/store";
import { IngestProgress } from "./ingest-progress";
import { type Command, UsageError } from "./registry";

/** `marsad worker`: works the ingestion queue; start several, on several machines, against one PostgreSQL. */
export const workerCommand: Command = {
  name: "worker",
  summary: "work the ingestion queue (until it is empty, or --forever)",
  usage: "marsad worker [--forever]",
  async run(args) {
    let forever = false;
    try {
      forever = Boolean(parseArgs({ args, options: { forever: { type: "boolean" } } }).values.forever);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const store = await openStore();
    const queue = await openQueue(store);
    const progress = new IngestProgress();
    const stop = () => void queue.stop();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    try {
      await queue.work({ until: forever ? "stopped" : "drained", onItem: (outcome) => progress.item(outcome) });
      progress.finish();
      return progress.errors > 0 ? 1 : 0;
    } finally {
      await queue.stop();
      await store.close();
    }
  },
};
