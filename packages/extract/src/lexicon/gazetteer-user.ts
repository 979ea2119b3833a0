import { z } from "zod";
import { PlaceEntry } from "./types";

/**
 * A user's gazetteer file: a JSON array of places, one per line, in the shape of the built-in gazetteer.
 * Pure: the caller reads the file (`.marsad/gazetteer.json` or `$MARSAD_GAZETTEER`) and passes its text;
 * the result goes to `createExtractor({ extraPlaces })`.
 */
export type UserGazetteerResult = { ok: true; places: PlaceEntry[] } | { ok: false; code: "invalid_json" | "invalid_entry"; message: string };

export function parseUserGazetteer(text: string): UserGazetteerResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: "invalid_json", message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = z.array(PlaceEntry).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: "invalid_entry", message: `entry ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}` };
  }
  return { ok: true, places: parsed.data };
}

/** Merges imported places into a user gazetteer: same id replaces, new ids are appended. */
export function mergePlaces(existing: readonly PlaceEntry[], incoming: readonly PlaceEntry[]): { places: PlaceEntry[]; added: number; replaced: number } {
  const byId = new Map(existing.map((e) => [e.id, e]));
  let added = 0;
  let replaced = 0;
  for (const entry of incoming) {
    if (byId.has(entry.id)) replaced++;
    else added++;
    byId.set(entry.id, entry);
  }
  return { places: [...byId.values()], added, replaced };
}

/** The file text: a JSON array with one place per line, so diffs show one place per changed line. */
export function formatUserGazetteer(places: readonly PlaceEntry[]): string {
  return `[\n${places.map((p) => JSON.stringify(p)).join(",\n")}\n]\n`;
}
