import { NO_WORD, vocabularyGeneration, type WordsOf, wordId, wordIdAt, wordText } from "./vocabulary";

/**
 * Tokens of the matching key: runs of Arabic letters, or runs of Latin letters and digits
 * (`t72`, `2018`). Arabic letters and digits never share a token (`ل15` is `ل` + `15`). Each carries its word id
 * (`WordsOf`, see `vocabulary.ts`): facts about words are kept by it.
 */
export interface Tokens extends WordsOf {
  /** The normalized text the tokens come from. */
  readonly text: string;
  readonly count: number;
  readonly texts: string[];
  /** Offsets into the normalized text. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const ARABIC = 1;
const LATIN = 2;

function classOf(code: number): number {
  if (code >= 0x0621 && code <= 0x064a) return ARABIC;
  if (code >= 0x0671 && code <= 0x06d3) return ARABIC;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return LATIN;
  if (code >= 0xc0 && code <= 0x24f) return LATIN;
  return 0;
}

/** Token ids and offsets are gathered in reused buffers, then copied out at their exact size. */
let scratchStarts = new Int32Array(4096);
let scratchEnds = new Int32Array(4096);
let scratchIds = new Int32Array(4096);

export function tokenize(text: string): Tokens {
  // Letters and digits touching make two tokens (`ل15`), so a text of n units may hold n tokens.
  const most = text.length + 1;
  if (scratchStarts.length < most) {
    scratchStarts = new Int32Array(most);
    scratchEnds = new Int32Array(most);
    scratchIds = new Int32Array(most);
  }
  const texts: string[] = [];
  let count = 0;
  let start = -1;
  let current = 0;
  for (let i = 0; i <= text.length; i++) {
    const cls = i < text.length ? classOf(text.charCodeAt(i)) : 0;
    if (cls !== current) {
      if (current !== 0) {
        // A known word is found without building its text, and its stored text is shared.
        const id = wordIdAt(text, start, i);
        texts.push(id === NO_WORD ? text.slice(start, i) : wordText(id));
        scratchIds[count] = id;
        scratchStarts[count] = start;
        scratchEnds[count++] = i;
      }
      start = i;
      current = cls;
    }
  }
  // One buffer for the three columns: every typed array's buffer is swept by the garbage collector one by one.
  const columns = new Int32Array(count * 3);
  columns.set(scratchIds.subarray(0, count), 0);
  columns.set(scratchStarts.subarray(0, count), count);
  columns.set(scratchEnds.subarray(0, count), 2 * count);
  return {
    text,
    count,
    texts,
    ids: columns.subarray(0, count),
    generation: vocabularyGeneration(),
    starts: columns.subarray(count, 2 * count),
    ends: columns.subarray(2 * count),
  };
}

/** A run of tokens read in other words (a clitic set apart), over the same text and offsets: ids follow the texts. */
export function wordsView(text: string, texts: string[], starts: Int32Array, ends: Int32Array): Tokens {
  return { text, count: texts.length, texts, ids: Int32Array.from(texts, wordId), generation: vocabularyGeneration(), starts, ends };
}

/** Index of the first token that ends after `offset` (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.ends[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether tokens `j` and `j + 1` can belong to one name: only spaces, hyphens, quotes or slashes between them. */
export function joined(tokens: Tokens, j: number): boolean {
  const from = tokens.ends[j] ?? 0;
  const to = tokens.starts[j + 1] ?? 0;
  for (let k = from; k < to; k++) {
    const ch = tokens.text.charCodeAt(k);
    if (ch !== 0x20 && ch !== 0x2d && ch !== 0x22 && ch !== 0x27 && ch !== 0x2f) return false;
  }
  return to - from <= 4;
}
