import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * The shared reference gazetteer, which lives beside the repository (`<git root>/../shared/reference/gazetteer`),
 * or null when it is not there. Used by tests and the build script only: the extractor never reads files.
 */
export function findReferenceGazetteer(from: string): string | null {
  let dir = resolve(from);
  while (!existsSync(join(dir, ".git"))) {
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
  const ref = resolve(dir, "../shared/reference/gazetteer");
  return existsSync(join(ref, "syr_localities.csv")) ? ref : null;
}
