/** A line of the raw text with its offsets (the line break excluded) and its trimmed form. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly trimmed: string;
}

export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || raw.charCodeAt(i) === 0x0a) {
      const end = i > start && raw.charCodeAt(i - 1) === 0x0d ? i - 1 : i;
      const text = raw.slice(start, end);
      lines.push({ start, end, text, trimmed: text.trim() });
      start = i + 1;
    }
  }
  return lines;
}

const ARABIC_LETTER = /[\u0621-\u064a]/;
export const hasArabic = (text: string): boolean => ARABIC_LETTER.test(text);

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * Runs of letters and numbers (what `/[\p{L}\p{N}]+/gu` matches), counted without building them: ASCII and the
 * Arabic block, nearly all of a page, are decided by code; anything else asks the Unicode classes.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let wordChar: boolean;
    if (code < 0x80) wordChar = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    else if (code >= 0x0620 && code <= 0x064a) wordChar = true;
    else if (code >= 0x064b && code <= 0x065f) wordChar = false;
    else {
      const point = text.codePointAt(i) ?? code;
      if (point > 0xffff) i++;
      wordChar = LETTER_OR_NUMBER.test(String.fromCodePoint(point));
    }
    if (wordChar && !inWord) count++;
    inWord = wordChar;
  }
  return count;
}
