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

export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
