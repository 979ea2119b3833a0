import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { EvalInputError } from "./errors";
import { GoldFile } from "./gold-schema";

/** One gold file with the text of the article it describes. */
export interface GoldCase {
  /** The gold file's name, e.g. `000_fb15f6841101f636.json`. */
  readonly goldFile: string;
  readonly gold: GoldFile;
  readonly articleText: string;
}

/**
 * Reads every `*.json` of `goldDir` (sorted by name), validates it, and reads the article it names
 * from `articlesDir`. Throws `EvalInputError` on anything that makes the set unusable.
 */
export function loadGoldSet(goldDir: string, articlesDir: string): GoldCase[] {
  requireDirectory(goldDir, "gold");
  requireDirectory(articlesDir, "articles");
  const files = readdirSync(goldDir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  if (files.length === 0) {
    throw new EvalInputError("no_gold_files", `No gold files (*.json) in ${goldDir}.`);
  }
  return files.map((file) => {
    const gold = parseGoldFile(join(goldDir, file));
    return { goldFile: file, gold, articleText: readArticle(articlesDir, gold.article, file) };
  });
}

/** Parses and validates one gold file; the error message names the file and each bad field. */
export function parseGoldFile(path: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EvalInputError("invalid_gold_file", `${path}: not readable JSON (${reason}).`);
  }
  const parsed = GoldFile.safeParse(json);
  if (!parsed.success) {
    throw new EvalInputError(
      "invalid_gold_file",
      `${path} does not follow seeds/gold/FORMAT.md:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

function readArticle(articlesDir: string, article: string, goldFile: string): string {
  // The gold names a file, not a path: refuse anything that would leave the articles directory.
  if (basename(article) !== article) {
    throw new EvalInputError("invalid_gold_file", `${goldFile}: "article" must be a file name, got "${article}".`);
  }
  const path = join(articlesDir, article);
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new EvalInputError("missing_article", `${goldFile} names ${article}, but ${path} cannot be read.`);
  }
}

function requireDirectory(path: string, what: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) {
    throw new EvalInputError("bad_directory", `The ${what} directory ${path} does not exist or is not a directory.`);
  }
}
