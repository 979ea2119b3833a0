import type { Mention, MentionKind, Span } from "@marsad/model";
import type { LexiconHit } from "../lexicon/trie";
import { sourceRange } from "../normalize/matching-key";
import type { TextContext } from "./context";

/** Body offsets of a range of the normalized text. */
export function bodySpan(ctx: TextContext, keyStart: number, keyEnd: number): Span {
  return sourceRange(ctx.key, keyStart, keyEnd);
}

/** Body offsets of a lexicon hit, without its prefix clitic. */
export function hitSpan<T>(ctx: TextContext, hit: LexiconHit<T>): Span {
  const keyStart = (ctx.tokens.starts[hit.firstToken] ?? 0) + hit.prefixLength;
  const keyEnd = ctx.tokens.ends[hit.endToken - 1] ?? keyStart;
  return bodySpan(ctx, keyStart, keyEnd);
}

export function mention(ctx: TextContext, kind: MentionKind, span: Span, ref: string | null): Mention {
  return { kind, text: ctx.body.slice(span.start, span.end), start: span.start, end: span.end, ref };
}

/** Index of the sentence that contains body offset `offset`, or -1. */
export function sentenceIndexAt(ctx: TextContext, offset: number): number {
  const sentences = ctx.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
