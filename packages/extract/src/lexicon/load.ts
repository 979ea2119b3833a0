import type { z } from "zod";

/** Parses a data file's entries, naming the file and entry on the first mistake. */
export function loadEntries<S extends z.ZodType>(file: string, schema: S, rows: unknown): z.infer<S>[] {
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a JSON array of entries`);
  return rows.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      throw new Error(`${file}, entry ${index}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    return parsed.data;
  });
}
