#!/usr/bin/env -S npx tsx
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { ExtractInputError } from "../errors";
import { extract } from "../extract";
import { ArgsError, parseArgs } from "./args";

const USAGE = "usage: pnpm -s extract FILE|DIR… [--published YYYY-MM-DD] [--html] [--max-bytes N]";
const ARTICLE_EXTENSIONS = new Set([".txt", ".html", ".htm"]);

/** Files to extract: each path itself, or a directory's article files in name order. */
function articleFiles(paths: readonly string[], base: string): string[] {
  return paths.flatMap((path) => {
    const full = resolve(base, path);
    if (!statSync(full, { throwIfNoEntry: false })) throw new ArgsError(`no such file or directory: ${path}`);
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full)
      .filter((name) => ARTICLE_EXTENSIONS.has(extname(name)))
      .sort()
      .map((name) => join(full, name));
  });
}

function main(argv: string[]): number {
  let files: string[];
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
    files = articleFiles(args.paths, process.env.INIT_CWD ?? process.cwd());
  } catch (error) {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const asLines = files.length > 1 || args.paths.some((p) => statSync(resolve(process.env.INIT_CWD ?? process.cwd(), p)).isDirectory());
  let failures = 0;
  for (const file of files) {
    try {
      const html = args.html || /\.html?$/.test(file);
      const result = extract(readFileSync(file, "utf8"), {
        published: args.published,
        format: html ? "html" : "text",
        ...(args.maxBytes ? { maxBytes: args.maxBytes } : {}),
      });
      process.stdout.write(asLines ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
    } catch (error) {
      if (!(error instanceof ExtractInputError)) throw error;
      failures++;
      process.stderr.write(`extract: ${file}: ${error.message}\n`);
    }
  }
  return failures > 0 ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
