import type { LexiconHit } from "../lexicon/trie";
import type { Tokens } from "../normalize/tokens";
import { isWhiteSpace } from "../normalize/white-space";
import type { CalendarLexicon, CalendarWord } from "./date-lexicon";
import { type DateExtras, type DateHead, type DateParts, dateParts } from "./date-parts";
import type { NumberLexicon } from "./number-words";
import { hitAt } from "./number-words-parse";

export type Kind = CalendarWord["kind"];
export type WordOf<K extends Kind> = Extract<CalendarWord, { kind: K }>;
export interface Match<K extends Kind> {
  readonly word: WordOf<K>;
  readonly end: number;
  readonly start: number;
  readonly hit: LexiconHit<CalendarWord>;
}

export const DIGITS = /^\d+$/;

/** No optional parts: shared, since readers try most tokens and find nothing (only ever read, never changed). */
export const NO_EXTRA: DateExtras = Object.freeze({});

const NO_MATCHES: readonly Match<Kind>[] = [];

/** Calendar words over the tokens of one text: their readings at each token, looked up once, and the gaps between tokens. */
export class CalendarTokens {
  /**
   * One match per reading of the trie hit at each token (`عام`: year word and unit), `NO_MATCHES` for none,
   * `undefined` not looked up yet. Readers ask for the same token under several kinds: kept, nothing is built twice.
   */
  private readonly matches: Array<readonly Match<Kind>[] | undefined>;

  constructor(
    protected readonly tokens: Tokens,
    protected readonly lex: CalendarLexicon,
    protected readonly numbers: NumberLexicon,
  ) {
    this.matches = new Array(tokens.count);
  }

  /** Whether some calendar word starts at token `j`. */
  protected hasWord(j: number): boolean {
    return this.matchesAt(j).length > 0;
  }

  private matchesAt(j: number): readonly Match<Kind>[] {
    const cached = this.matches[j];
    if (cached !== undefined) return cached;
    const hit = j >= 0 && j < this.tokens.count && this.lex.words.mayStartAt(this.tokens, j) ? hitAt(this.lex.trie, this.tokens, j) : undefined;
    let found = NO_MATCHES;
    if (hit) {
      const start = (this.tokens.starts[j] ?? 0) + hit.prefixLength;
      found = hit.values.map((word) => ({ word, end: hit.endToken, start, hit }));
    }
    this.matches[j] = found;
    return found;
  }

  /** The calendar word of kind `kind` at token `j`. */
  protected word<K extends Kind>(j: number, kind: K): Match<K> | null {
    const matches = this.matchesAt(j);
    for (let m = 0; m < matches.length; m++) {
      const match = matches[m] as Match<Kind>;
      // The kind test narrows the word; TypeScript cannot carry that through the generic `K`.
      if (match.word.kind === kind) return match as unknown as Match<K>;
    }
    return null;
  }

  /** Text between tokens `j - 1` and `j`: "space" (spaces only), "comma" (one comma), or "other". */
  protected gap(j: number): "space" | "comma" | "other" {
    if (j <= 0 || j >= this.tokens.count) return "other";
    const length = (this.tokens.starts[j] ?? 0) - (this.tokens.ends[j - 1] ?? 0);
    if (length > 4) return "other";
    const trimmed = this.trimmedGap(j);
    if (trimmed === "") return length > 0 ? "space" : "other";
    if (trimmed === ",") return "comma";
    return "other";
  }

  /**
   * The text between tokens `j - 1` and `j` without surrounding whitespace (as `trim` defines it) when that is
   * empty or one character, else null. Read in place: readers ask at nearly every token they try, and slicing
   * and trimming built two strings each time.
   */
  protected trimmedGap(j: number): string | null {
    const text = this.tokens.text;
    const to = this.tokens.starts[j] ?? 0;
    let found = -1;
    for (let k = this.endOf(j); k < to; k++) {
      if (isWhiteSpace(text.charCodeAt(k))) continue;
      if (found >= 0) return null;
      found = k;
    }
    return found < 0 ? "" : text.charAt(found);
  }


  protected near(j: number): boolean {
    return this.gap(j) === "space";
  }


  protected digitsAt(j: number): number | null {
    const text = this.tokens.texts[j];
    return text !== undefined && DIGITS.test(text) ? Number(text) : null;
  }


  protected yearAt(j: number): number | null {
    const text = this.tokens.texts[j] ?? "";
    if (text.length !== 4) return null;
    const year = this.digitsAt(j);
    return year !== null && year >= 1900 && year <= 2099 ? year : null;
  }


  protected endOf(j: number): number {
    return this.tokens.ends[j - 1] ?? 0;
  }


  protected parts(first: number, start: number, endToken: number, head: DateHead, extra?: DateExtras, more?: DateExtras): DateParts {
    return dateParts(first, endToken, start, this.endOf(endToken), head, extra, more);
  }


  get count(): number {
    return this.tokens.count;
  }
}
