import type { Span } from "@marsad/model";

/**
 * Sentences of a paragraph: they end at `.`, `!`, `?`, `؟` or `…` followed by white space or the end,
 * but not inside a number (`2018.07.03`) nor at an ellipsis inside a title (`درعا..`) followed by more text on the line.
 */
export function splitSentences(body: string, paragraphs: readonly Span[]): Span[] {
  // Char codes, not `body[i]`: indexing an Arabic text builds a new one-letter string each time.
  const sentences: Span[] = [];
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      if (!isSentenceEnd(body.charCodeAt(i)) && body.charCodeAt(i) !== ELLIPSIS) continue;
      let end = i + 1;
      while (end < paragraph.end && isSentenceEnd(body.charCodeAt(end))) end++;
      const next = body.charCodeAt(end);
      if (end < paragraph.end && next !== 0x20 && next !== 0x0a && !isClosingQuote(next)) continue;
      if (isClosingQuote(next)) end++;
      pushTrimmed(body, start, end, sentences);
      start = end;
      i = end - 1;
    }
    pushTrimmed(body, start, paragraph.end, sentences);
  }
  return sentences;
}

const ELLIPSIS = 0x2026;

/** `.`, `!`, `?`, `؟` */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f;
}

/** `"`, `”`, `»` */
function isClosingQuote(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0xbb;
}

function pushTrimmed(body: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(body.charCodeAt(s))) s++;
  while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0;
}
