import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  formatUserGazetteer,
  GAZETTEER_CSV_COLUMNS,
  gazetteerEntries,
  mergePlaces,
  type PlaceEntry,
  parseGazetteerCsv,
  parseUserGazetteer,
} from "@marsad/extract";
import { type Command, UsageError } from "./registry";

/** Where the command reads and writes, so tests can point it at a temporary folder. */
export interface GazetteerImportEnv {
  /** `$MARSAD_GAZETTEER`, if set. */
  readonly gazetteerPath: string | undefined;
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const USAGE = `marsad gazetteer import FILE.csv [--gazetteer PATH] [--dry-run]

Merges the places of FILE.csv into the active user gazetteer ($MARSAD_GAZETTEER, else .marsad/gazetteer.json);
a place with an id already there replaces it. Nothing is written if any row is wrong.
Columns (header row, UTF-8): ${GAZETTEER_CSV_COLUMNS.join(",")}
  required: id, name (Arabic), name_en, kind; lat/lon in decimal degrees (both or neither);
  admin1..3: OCHA P-codes (SY12, SY1200, SY120005); parent: id of the enclosing place;
  variants, variants_en: other spellings separated by |`;

/** The user gazetteer in effect: `$MARSAD_GAZETTEER`, else `.marsad/gazetteer.json` under the working folder. */
export function activeGazetteerPath(env: Pick<GazetteerImportEnv, "gazetteerPath" | "cwd">): string {
  return resolve(env.cwd, env.gazetteerPath || ".marsad/gazetteer.json");
}

/** Reads a user gazetteer file; a missing file is an empty gazetteer. Throws a message a person can act on. */
export function readUserGazetteer(path: string): PlaceEntry[] {
  if (!existsSync(path)) return [];
  const parsed = parseUserGazetteer(readFileSync(path, "utf8"));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.message} (fix or remove the file)`);
  return parsed.places;
}

export function gazetteerCommand(env: GazetteerImportEnv): Command {
  return {
    name: "gazetteer",
    summary: "import places from a CSV file into the user gazetteer",
    usage: USAGE,
    async run(args) {
      const [sub, ...rest] = args;
      if (sub !== "import") throw new UsageError(sub ? `unknown sub-command "${sub}"` : "missing sub-command");
      const files = rest.filter((a, i) => !a.startsWith("--") && rest[i - 1] !== "--gazetteer");
      const flagAt = rest.indexOf("--gazetteer");
      const target = flagAt >= 0 ? rest[flagAt + 1] : undefined;
      if (flagAt >= 0 && !target) throw new UsageError("--gazetteer needs a path");
      const [file] = files;
      if (!file || files.length > 1) throw new UsageError("give exactly one CSV file");
      const csvPath = resolve(env.cwd, file);
      if (!existsSync(csvPath)) throw new UsageError(`no such file: ${csvPath}`);

      const path = target ? resolve(env.cwd, target) : activeGazetteerPath(env);
      const existing = readUserGazetteer(path);
      const known = new Map<string, PlaceEntry>([...gazetteerEntries(), ...existing].map((e) => [e.id, e]));
      const { entries, errors } = parseGazetteerCsv(readFileSync(csvPath, "utf8"), known);
      if (errors.length > 0) {
        for (const e of errors) env.err(`${file}${e.line > 0 ? `:${e.line}` : ""}: ${e.message}\n`);
        env.err(`${errors.length} problem${errors.length === 1 ? "" : "s"}; nothing was written.\n`);
        return 2;
      }
      if (entries.length === 0) {
        env.err(`${file}: no places in the file; nothing was written.\n`);
        return 2;
      }
      const merged = mergePlaces(existing, entries);
      if (!rest.includes("--dry-run")) writeAtomically(path, formatUserGazetteer(merged.places));
      env.out(
        `${rest.includes("--dry-run") ? "would import" : "imported"} ${entries.length} places into ${path}: ${merged.added} new, ${merged.replaced} replaced, ${merged.places.length} in total.\n`,
      );
      return 0;
    },
  };
}

/** Writes beside the target, then renames: a crash never leaves half a gazetteer. */
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export const gazetteerImportCommand = gazetteerCommand({
  gazetteerPath: process.env.MARSAD_GAZETTEER,
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
