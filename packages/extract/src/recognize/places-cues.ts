import cues from "../../data/place-cues.json";
import { PlaceKind } from "@marsad/model";
import { z } from "zod";
import { loadEntries } from "../lexicon/load";
import { keyOf } from "../normalize/matching-key";

export const Direction = z.enum(["north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "middle"]);
export type Direction = z.infer<typeof Direction>;

/** One word that tells the place recognizer something about the name next to it (`data/place-cues.json`). */
export const PlaceCue = z.discriminatedUnion("role", [
  /** `مدينة`, `حاجز`, `ريف`…: the next name is a place, of one of these kinds. */
  z.object({
    form: z.string(),
    role: z.literal("trigger"),
    kinds: z.array(PlaceKind),
    checkpoint: z.boolean().optional(),
    countryside: z.boolean().optional(),
  }),
  /** `غربي X` (before the place) or `ريف X الغربي` (after it). */
  z.object({ form: z.string(), role: z.literal("direction"), direction: Direction, noun: z.string(), adjective: z.string() }),
  z.object({ form: z.string(), role: z.literal("direction_after"), direction: Direction, noun: z.string(), adjective: z.string() }),
  /** `المحافظة`, `المدينة`: the governorate or city in focus. */
  z.object({ form: z.string(), role: z.literal("province") }),
  /** `الريف الغربي`, `ريفها`: the countryside of the governorate in focus. */
  z.object({ form: z.string(), role: z.literal("focus_countryside") }),
  /** A preposition of place before a name (`في`, `نحو`, `قرب`). */
  z.object({ form: z.string(), role: z.literal("locative") }),
  /** A word after a name that locates it (`بريف`, `غربي`): the name is a place. */
  z.object({ form: z.string(), role: z.literal("located_by") }),
  /** A word before a name that puts the event near it rather than in it (`قرب`, `محيط`). */
  z.object({ form: z.string(), role: z.literal("near") }),
  /** A word before a given name (`أبو`, `المدعو`, `قال`): the name is a person's. */
  z.object({ form: z.string(), role: z.literal("person") }),
  /** An adjective of nationality (`اللبنانية`): evidence for that country. */
  z.object({ form: z.string(), role: z.literal("demonym"), country: z.string().length(2) }),
  /** A form that is mostly an ordinary word: a place only with a trigger or a locating word after it. */
  z.object({ form: z.string(), role: z.literal("stop") }),
]);
export type PlaceCue = z.infer<typeof PlaceCue>;

export interface PlaceCues {
  readonly byKey: ReadonlyMap<string, readonly PlaceCue[]>;
  /** Keys of each role. */
  readonly keysOf: ReadonlyMap<PlaceCue["role"], ReadonlySet<string>>;
  /** One bit per role, and for each key the bits of the roles it has: a token's roles in one look-up. */
  readonly roleBits: ReadonlyMap<PlaceCue["role"], number>;
  readonly rolesOf: ReadonlyMap<string, number>;
}

export function buildPlaceCues(entries: readonly PlaceCue[]): PlaceCues {
  const byKey = new Map<string, PlaceCue[]>();
  const keysOf = new Map<PlaceCue["role"], Set<string>>();
  for (const cue of entries) {
    const key = keyOf(cue.form);
    byKey.set(key, [...(byKey.get(key) ?? []), cue]);
    const keys = keysOf.get(cue.role) ?? new Set<string>();
    keys.add(key);
    keysOf.set(cue.role, keys);
  }
  const roleBits = new Map<PlaceCue["role"], number>([...keysOf.keys()].map((role, i) => [role, 1 << i]));
  const rolesOf = new Map<string, number>();
  for (const [role, keys] of keysOf) for (const key of keys) rolesOf.set(key, (rolesOf.get(key) ?? 0) | (roleBits.get(role) ?? 0));
  return { byKey, keysOf, roleBits, rolesOf };
}

let defaults: PlaceCues | undefined;
export function defaultPlaceCues(): PlaceCues {
  defaults ??= buildPlaceCues(loadEntries("place-cues.json", PlaceCue, cues));
  return defaults;
}

/** The cues of one role for a key, typed by role. */
export function cuesOf<R extends PlaceCue["role"]>(cues: PlaceCues, key: string, role: R): Extract<PlaceCue, { role: R }>[] {
  return (cues.byKey.get(key) ?? []).filter((c): c is Extract<PlaceCue, { role: R }> => c.role === role);
}
