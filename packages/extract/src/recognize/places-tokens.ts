import { cliticReadings } from "../lexicon/trie";
import { joined, type Tokens } from "../normalize/tokens";
import { wordFactsBy } from "../normalize/vocabulary";
import { cuesOf, type PlaceCue, type PlaceCues } from "./places-cues";

const CLITIC_INITIALS = new Set(["و", "ف", "ب", "ل", "ك"]);

/** The role mask of each word for a set of cues, kept by word: a news vocabulary repeats from article to article. */
const roleMasks = wordFactsBy((cues: PlaceCues, text): number => {
  let mask = cues.rolesOf.get(text) ?? 0;
  // Clitics are prefixes: only a token starting with one can hide a cue word behind it.
  if (CLITIC_INITIALS.has(text[0] ?? "")) for (const [stem] of cliticReadings(text)) mask |= cues.rolesOf.get(stem) ?? 0;
  return mask;
});

type CueReading<R extends PlaceCue["role"]> = { readonly cues: readonly Extract<PlaceCue, { role: R }>[]; readonly prefixLength: number };

const NO_CUES: readonly never[] = Object.freeze([]);

/**
 * Each word's readings as a cue, by role: for a role, the cues of that role at the first clitic reading that has any
 * (`بمدينة` → `مدينة`). Kept by word per set of cues; null for a word that is no cue.
 */
const cueReadings = wordFactsBy((cues: PlaceCues, text): ReadonlyMap<PlaceCue["role"], CueReading<PlaceCue["role"]>> | null => {
  let byRole: Map<PlaceCue["role"], CueReading<PlaceCue["role"]>> | null = null;
  for (const [stem, prefixLength] of cliticReadings(text)) {
    for (const cue of cues.byKey.get(stem) ?? []) {
      if (byRole?.has(cue.role)) continue;
      byRole ??= new Map();
      byRole.set(cue.role, { cues: cuesOf(cues, stem, cue.role), prefixLength });
    }
  }
  return byRole;
});

/** Token-level look-ups around a name: cue words before and after it, with prefix clitics removed. */
export class CueReader {
  /** Per token, the roles it may carry (one bit per role), computed in one pass so look-ups stay cheap. */
  private readonly masks: Uint32Array;

  constructor(
    private readonly tokens: Tokens,
    private readonly cues: PlaceCues,
  ) {
    this.masks = new Uint32Array(tokens.count);
    const masks = roleMasks(cues);
    for (let i = 0; i < tokens.count; i++) this.masks[i] = masks.of(tokens, i);
  }

  /** Whether token `i` may carry a cue of `role` (as written or after a clitic). */
  mayCarry(i: number, role: PlaceCue["role"]): boolean {
    const mask = this.masks[i] ?? 0;
    return mask !== 0 && (mask & (this.cues.roleBits.get(role) ?? 0)) !== 0;
  }

  /** Cues of `role` that token `i` carries, as written or after a clitic (`بمدينة` → `مدينة`). Shared: read only. */
  at<R extends PlaceCue["role"]>(i: number, role: R): readonly Extract<PlaceCue, { role: R }>[] {
    return this.reading(i, role)?.cues ?? NO_CUES;
  }

  /** The cues of `role` on token `i` and the length of the clitic before the cue word. Shared: read only. */
  reading<R extends PlaceCue["role"]>(i: number, role: R): CueReading<R> | undefined {
    if (i < 0 || i >= this.tokens.count || !this.mayCarry(i, role)) return undefined;
    return cueReadings(this.cues).of(this.tokens, i)?.get(role) as CueReading<R> | undefined;
  }

  /** Whether tokens `i` and `i + 1` are in one phrase: nothing but spaces, hyphens or quotes between them. */
  linked(i: number): boolean {
    return i >= 0 && i + 1 < this.tokens.count && joined(this.tokens, i);
  }

  /** The text between tokens `i` and `i + 1`, trimmed (`,` for an Arabic comma). */
  gap(i: number): string {
    const end = this.tokens.ends[i] ?? 0;
    const start = this.tokens.starts[i + 1] ?? end;
    return this.tokens.text.slice(end, start).trim();
  }

  text(i: number): string {
    return this.tokens.texts[i] ?? "";
  }

  get count(): number {
    return this.tokens.count;
  }
}
