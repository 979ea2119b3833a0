import { parseArgs } from "node:util";
import { EXTRACTOR_VERSION } from "@marsad/extract";
import { openStore } from "@marsad/store";
import { type Command, UsageError } from "./registry";

/** `marsad reextract`: re-runs the current extractor over articles stored by an older one and reports the changes. */
export const reextractCommand: Command = {
  name: "reextract",
  summary: "re-extract stored articles of an older extractor version and report what changed",
  usage: "marsad reextract [--all] [--limit N] [--json]",
  async run(args) {
    let values: { all?: boolean; limit?: string; json?: boolean };
    try {
      values = parseArgs({ args, options: { all: { type: "boolean" }, limit: { type: "string" }, json: { type: "boolean" } } }).values;
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError("--limit must be a positive whole number");
    const store = await openStore();
    try {
      const report = await store.reextract({
        all: values.all ?? false,
        limit,
        onArticle: (change) => {
          if (values.json) return;
          if (change.error) process.stderr.write(`failed ${change.articleId}: ${change.error}\n`);
          else if (change.added + change.removed + change.modified > 0) {
            process.stdout.write(`${change.articleId}: +${change.added} −${change.removed} ~${change.modified} events\n`);
          }
        },
      });
      if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else {
        process.stdout.write(
          `re-extracted ${report.articles} articles with extractor ${EXTRACTOR_VERSION}: ${report.added} events added, ${report.removed} removed, ${report.modified} modified, ${report.unchanged} unchanged${report.failed ? `; ${report.failed} articles failed` : ""}\n`,
        );
      }
      return report.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
