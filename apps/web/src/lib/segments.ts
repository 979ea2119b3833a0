import type { Mention } from "@marsad/model";

interface Range {
  start: number;
  end: number;
}

export type Piece = { text: string; mention?: undefined } | { text: string; mention: Mention; mentionIndex: number };

export interface SentenceSegment {
  /** Index into `article.sentences`, or null for text between sentences. */
  index: number | null;
  pieces: Piece[];
}

export interface ParagraphSegment {
  sentences: SentenceSegment[];
}

/** Ranges inside [start, end) in order, with the gaps between them filled so no text is lost. */
function cover(start: number, end: number, ranges: { range: Range; index: number }[]): { range: Range; index: number | null }[] {
  const out: { range: Range; index: number | null }[] = [];
  let cursor = start;
  for (const item of ranges) {
    const s = Math.max(item.range.start, cursor);
    const e = Math.min(item.range.end, end);
    if (e <= s) continue;
    if (s > cursor) out.push({ range: { start: cursor, end: s }, index: null });
    out.push({ range: { start: s, end: e }, index: item.index });
    cursor = e;
  }
  if (cursor < end) out.push({ range: { start: cursor, end }, index: null });
  return out;
}

/** Mentions inside a range, clipped to it, without overlaps (earlier first, then longer). */
function piecesOf(body: string, range: Range, mentions: readonly Mention[]): Piece[] {
  const inside = mentions
    .map((mention, mentionIndex) => ({ mention, mentionIndex }))
    .filter(({ mention }) => mention.end > range.start && mention.start < range.end && mention.end > mention.start)
    .sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  const pieces: Piece[] = [];
  let cursor = range.start;
  for (const { mention, mentionIndex } of inside) {
    const start = Math.max(mention.start, range.start);
    const end = Math.min(mention.end, range.end);
    if (start < cursor) continue;
    if (start > cursor) pieces.push({ text: body.slice(cursor, start) });
    pieces.push({ text: body.slice(start, end), mention, mentionIndex });
    cursor = end;
  }
  if (cursor < range.end) pieces.push({ text: body.slice(cursor, range.end) });
  return pieces;
}

/** Splits an article body into paragraphs → sentences → plain and highlighted pieces, keeping every character. */
export function segmentArticle(
  body: string,
  paragraphs: readonly Range[],
  sentences: readonly Range[],
  mentions: readonly Mention[],
): ParagraphSegment[] {
  const paragraphRanges = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: body.length }];
  const orderedSentences = sentences.map((range, index) => ({ range, index })).sort((a, b) => a.range.start - b.range.start);
  return paragraphRanges.map((paragraph) => ({
    sentences: cover(paragraph.start, paragraph.end, orderedSentences).map(({ range, index }) => ({
      index,
      pieces: piecesOf(body, range, mentions),
    })),
  }));
}

/** The sentence that holds an offset (an event's evidence), for linking to `#s-<index>`. */
export function sentenceAt(sentences: readonly Range[], offset: number): number | null {
  const index = sentences.findIndex((sentence) => offset >= sentence.start && offset < sentence.end);
  return index === -1 ? null : index;
}
