import { isAbsolute, resolve } from "node:path";
import { parseArgs } from "node:util";
import { collectItems, type IngestItem, openQueue, openStore } from "@marsad/store";
import { IngestProgress } from "./ingest-progress";
import { type Command, UsageError } from "./registry";

const USAGE = "marsad ingest PATH_OR_URL… [--enqueue-only] [--job-size N]";

/** Paths are relative to where the user ran the command (pnpm runs scripts from the package directory). */
export function resolveTarget(target: string, cwd = process.env.INIT_CWD ?? process.cwd()): string {
  return /^https?:\/\//i.test(target) || isAbsolute(target) ? target : resolve(cwd, target);
}

/**
 * `marsad ingest`: collects articles from files, directories, JSON Lines, RSS/Atom feeds and URLs, queues them as
 * durable jobs in the database, then works the queue (other `marsad worker` processes may share it).
 */
export const ingestCommand: Command = {
  name: "ingest",
  summary: "store articles from files, directories, JSON Lines, RSS/Atom feeds or URLs",
  usage: USAGE,
  async run(args) {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (positionals.length === 0) throw new UsageError("give at least one file, directory or URL");
    const jobSize = Number(values["job-size"] ?? 25);
    if (!Number.isInteger(jobSize) || jobSize < 1) throw new UsageError("--job-size must be a positive whole number");

    const progress = new IngestProgress();
    const items: IngestItem[] = [];
    for await (const collected of collectItems(positionals.map((t) => resolveTarget(t)))) {
      if (collected.ok) items.push(collected.item);
      else progress.rejected(collected.error);
    }
    const store = await openStore();
    const queue = await openQueue(store);
    try {
      await queue.enqueue(items, { jobSize });
      process.stderr.write(`queued ${items.length} articles in the ${store.kind === "postgres" ? "PostgreSQL" : "embedded"} database\n`);
      if (values["enqueue-only"]) return progress.errors > 0 ? 1 : 0;
      await queue.work({ onItem: (outcome) => progress.item(outcome) });
      progress.finish();
      return progress.errors > 0 ? 1 : 0;
    } finally {
      await queue.stop();
      await store.close();
    }
  },
};

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: { "enqueue-only": { type: "boolean" }, "job-size": { type: "string" } },
  });
}
