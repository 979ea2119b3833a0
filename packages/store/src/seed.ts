import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Store } from "./store";

/** Ingests every `.txt`/`.html` article of `dir` when the store holds no article yet, so a new user sees data at once. */
export async function ensureSeeded(store: Store, dir: string): Promise<{ seeded: boolean; articles: number; errors: string[] }> {
  const { articles } = await store.stats();
  if (articles > 0) return { seeded: false, articles: 0, errors: [] };
  const files = (await readdir(dir)).filter((f) => /\.(txt|html?)$/i.test(f)).sort();
  let count = 0;
  const errors: string[] = [];
  for (const file of files) {
    try {
      const raw = await readFile(join(dir, file), "utf8");
      const outcome = await store.ingestRaw(raw, { format: /\.html?$/i.test(file) ? "html" : "text" });
      if (outcome.status === "created") count++;
    } catch (error) {
      errors.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { seeded: true, articles: count, errors };
}
