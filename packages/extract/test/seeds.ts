import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's `seeds/` folder and its gold files, for whole-article tests. */
export const SEEDS_DIR = fileURLToPath(new URL("../../../seeds", import.meta.url));
export const GOLD_DIR = join(SEEDS_DIR, "gold");

export interface SeedCase {
  file: string;
  text: string;
  gold: {
    hint: { published: string | null };
    expect: {
      title: string;
      outlet: string[] | null;
      published: string | null;
      bodyIncludes: string[];
      bodyExcludes: string[];
    };
  };
}

export function seedCases(): SeedCase[] {
  if (!existsSync(GOLD_DIR)) throw new Error(`seeds/gold is missing at ${GOLD_DIR}`);
  return readdirSync(GOLD_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, name), "utf8"));
      return { file: gold.article, text: readFileSync(join(SEEDS_DIR, gold.article), "utf8"), gold };
    });
}
