import { cliticReadings } from "../lexicon/trie";
import { joined, type Tokens } from "../normalize/tokens";
import { cuesOf, type PlaceCue, type PlaceCues } from "./places-cues";

/** Token-level look-ups around a name: cue words before and after it, with prefix clitics removed. */
export class CueReader {
  constructor(
    private readonly tokens: Tokens,
    private readonly cues: PlaceCues,
  ) {}

  /** Cues of `role` that token `i` carries, as written or after a clitic (`بمدينة` → `مدينة`). */
  at<R extends PlaceCue["role"]>(i: number, role: R): Extract<PlaceCue, { role: R }>[] {
    return this.reading(i, role)?.cues ?? [];
  }

  /** A cheap pre-test: could token `i`, with at most two clitic letters removed, carry a cue of `role`? */
  mayCarry(i: number, role: PlaceCue["role"]): boolean {
    const keys = this.cues.keysOf.get(role);
    const text = this.tokens.texts[i];
    if (!keys || text === undefined) return false;
    return keys.has(text) || keys.has(text.slice(1)) || keys.has(text.slice(2)) || keys.has(`ال${text.slice(2)}`) || keys.has(`ال${text.slice(3)}`);
  }

  /** The cues of `role` on token `i` and the length of the clitic before the cue word. */
  reading<R extends PlaceCue["role"]>(i: number, role: R): { cues: Extract<PlaceCue, { role: R }>[]; prefixLength: number } | undefined {
    const text = this.tokens.texts[i];
    if (text === undefined) return undefined;
    for (const [stem, prefixLength] of cliticReadings(text)) {
      const found = cuesOf(this.cues, stem, role);
      if (found.length > 0) return { cues: found, prefixLength };
    }
    return undefined;
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
