import type { LexiconHit } from "../lexicon/trie";
import type { Tokens } from "../normalize/tokens";
import type { CalendarLexicon, CalendarWord } from "./date-lexicon";
import type { DateHead, DateParts } from "./date-parts";
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

/** Calendar words over the tokens of one text: cached trie hits and the gaps between tokens. */
export class CalendarTokens {
  /** Trie hits by token, looked up once: `null` none, `undefined` not looked up yet. */
  private readonly hits: Array<LexiconHit<CalendarWord> | null | undefined>;

  constructor(
    protected readonly tokens: Tokens,
    protected readonly lex: CalendarLexicon,
    protected readonly numbers: NumberLexicon,
  ) {
    this.hits = new Array(tokens.count);
  }


  protected hit(j: number): LexiconHit<CalendarWord> | null {
    const cached = this.hits[j];
    if (cached !== undefined) return cached;
    const token = this.tokens.texts[j];
    const found = token !== undefined && this.lex.words.mayStart(token) ? (hitAt(this.lex.trie, this.tokens, j) ?? null) : null;
    this.hits[j] = found;
    return found;
  }

  /** The calendar word of kind `kind` at token `j`. */
  protected word<K extends Kind>(j: number, kind: K): Match<K> | null {
    const hit = this.hit(j);
    if (!hit) return null;
    const word = hit.values.find((v): v is WordOf<K> => v.kind === kind);
    if (!word) return null;
    return { word, end: hit.endToken, start: (this.tokens.starts[j] ?? 0) + hit.prefixLength, hit };
  }

  /** Text between tokens `j - 1` and `j`: "space" (spaces only), "comma" (one comma), or "other". */
  protected gap(j: number): "space" | "comma" | "other" {
    if (j <= 0 || j >= this.tokens.count) return "other";
    const between = this.tokens.text.slice(this.tokens.ends[j - 1] ?? 0, this.tokens.starts[j] ?? 0);
    if (between.length > 4) return "other";
    const trimmed = between.trim();
    if (trimmed === "") return between.length > 0 ? "space" : "other";
    if (trimmed === ",") return "comma";
    return "other";
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


  protected parts(first: number, start: number, endToken: number, head: DateHead, extra: Partial<DateParts> = {}): DateParts {
    return { firstToken: first, endToken, start, end: this.endOf(endToken), head, ...extra };
  }


  get count(): number {
    return this.tokens.count;
  }
}
