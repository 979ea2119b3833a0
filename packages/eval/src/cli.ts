import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { EvalInputError } from "./errors";
import { type ExtractFn, evaluate } from "./evaluate";
import { formatReport } from "./report";

export const USAGE = `usage: pnpm eval [--gold DIR] [--articles DIR] [--json] [--verbose]

  --gold DIR       gold files (*.json, see seeds/gold/FORMAT.md); default: seeds/gold
  --articles DIR   the articles the gold files name; default: seeds
  --json           print one JSON document instead of the table
  --verbose        add a per-article breakdown of each miss and false alarm
Relative paths are taken from the directory pnpm was started in; the defaults from the repository root.
Exit status: 0 scored, 1 the extractor failed on some article, 2 bad arguments or an unusable gold set.`;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Base of relative `--gold` / `--articles` paths. */
  readonly cwd: string;
  /** Base of the default paths. */
  readonly repoRoot: string;
  readonly extract?: ExtractFn;
}

/** Runs `pnpm eval` with its arguments; returns the exit status. */
export function runCli(argv: readonly string[], io: CliIo): number {
  let values: { gold?: string; articles?: string; json?: boolean; verbose?: boolean; help?: boolean };
  try {
    values = parseArgs({
      // `pnpm eval -- --json` hands the separator through: it is not an argument.
      args: argv[0] === "--" ? argv.slice(1) : [...argv],
      options: {
        gold: { type: "string" },
        articles: { type: "string" },
        json: { type: "boolean" },
        verbose: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.stderr(`eval: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const goldDir = values.gold ? resolve(io.cwd, values.gold) : join(io.repoRoot, "seeds", "gold");
  const articlesDir = values.articles ? resolve(io.cwd, values.articles) : join(io.repoRoot, "seeds");
  try {
    const report = evaluate({ goldDir, articlesDir, ...(io.extract ? { extract: io.extract } : {}) });
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { verbose: values.verbose ?? false }));
    return report.totals.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof EvalInputError) {
      io.stderr(`eval: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** The repository root: the nearest folder above this file holding `pnpm-workspace.yaml`. */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
