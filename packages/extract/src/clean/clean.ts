import type { RemovedSpan, Span } from "@marsad/model";
import { chromeKind, looksLikeCaption, startsWithCredit } from "./chrome";
import { hasArabic, type Line, splitLines, wordCount } from "./lines";

export interface CleanedText {
  readonly title: string;
  readonly body: string;
  /** Offsets into `body`. */
  readonly paragraphs: Span[];
  /** Offsets into the raw text. */
  readonly removed: RemovedSpan[];
  readonly captions: string[];
  /** Header lines that name the author or desk (`تلفزيون سوريا - متابعات`) and closing sign-offs (`المصدر السورية نت`). */
  readonly bylines: string[];
  /** Header lines that carry the publication date and time (`2018.07.03 | 11:07 دمشق`). */
  readonly datelines: string[];
}

/** A body paragraph is long; the header (datelines, bylines, captions, controls) sits between title and first paragraph. */
const PARAGRAPH_WORDS = 12;
const PARAGRAPH_BREAK = "\n\n";
const BYLINE_WORDS = 6;
const CAPTION_WORDS = 45;
const DATELINE = /^[\d\s./:|\-،,]*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[\d\s./:|\-،,]*[\p{L}\s]{0,20}$/u;

/**
 * Finds the title and the article body of a scraped page's text, dropping page chrome and keeping
 * captions, bylines and datelines aside (they inform outlet and date but are not the article).
 */
export function cleanText(raw: string): CleanedText {
  const lines = splitLines(raw);
  const removed: RemovedSpan[] = [];
  const captions: string[] = [];
  const bylines: string[] = [];
  const datelines: string[] = [];
  const kept: Line[] = [];
  let title = "";
  let inHeader = true;

  const drop = (line: Line, reason: string) => removed.push({ start: line.start, end: line.end, reason });

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.trimmed === "") continue;
    const chrome = chromeKind(line.trimmed);
    if (chrome.kind === "tail") {
      const last = lines[lines.length - 1] as Line;
      removed.push({ start: line.start, end: last.end, reason: "related_or_comments_tail" });
      break;
    }
    if (chrome.kind === "line") {
      drop(line, "page_chrome");
      continue;
    }
    if (chrome.kind === "caption-prefix") {
      captions.push(line.trimmed.slice(chrome.prefixLength).trim());
      drop(line, "caption");
      continue;
    }
    if (!hasArabic(line.trimmed)) {
      if (DATELINE.test(line.trimmed)) {
        datelines.push(line.trimmed);
        drop(line, "dateline");
      } else drop(line, "page_chrome");
      continue;
    }
    if (title === "") {
      title = line.trimmed;
      drop(line, "title");
      continue;
    }
    if (line.trimmed === title) {
      drop(line, "repeated_title");
      continue;
    }
    if (!inHeader) {
      kept.push(line);
      continue;
    }
    const words = wordCount(line.trimmed);
    if (inHeader && words < PARAGRAPH_WORDS && DATELINE.test(line.trimmed)) {
      datelines.push(line.trimmed);
      drop(line, "dateline");
      continue;
    }
    if (inHeader && words <= BYLINE_WORDS && isBylineShape(line.trimmed)) {
      bylines.push(line.trimmed);
      drop(line, "byline");
      continue;
    }
    if (inHeader && words <= CAPTION_WORDS && looksLikeCaption(line.trimmed) && !endsLikeSentence(line.trimmed)) {
      captions.push(line.trimmed);
      drop(line, "caption");
      continue;
    }
    if (words >= PARAGRAPH_WORDS) inHeader = false;
    kept.push(line);
  }

  const signoff = kept[kept.length - 1];
  if (signoff && kept.length > 1 && isSignoff(signoff.trimmed)) {
    kept.pop();
    bylines.push(signoff.trimmed);
    drop(signoff, "signoff");
  }

  const paragraphs: Span[] = [];
  const texts: string[] = [];
  let length = 0;
  for (const line of kept) {
    if (texts.length > 0) length += PARAGRAPH_BREAK.length;
    const text = withoutControls(line.trimmed);
    paragraphs.push({ start: length, end: length + text.length });
    texts.push(text);
    length += text.length;
  }
  // Joined, not concatenated piece by piece: one flat string, which every later reader indexes directly.
  const body = texts.join(PARAGRAPH_BREAK);
  removed.sort((a, b) => a.start - b.start);
  return { title: withoutControls(title), body, paragraphs, removed, captions, bylines, datelines };
}

/** Control characters (NUL and the like) are not text: no store or screen can keep them. */
function withoutControls(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
    if (!control) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `تلفزيون سوريا - متابعات`, `خاص - عنب بلدي`, `بقلم فلان`: a short line split by a dash, or a credit word. */
function isBylineShape(line: string): boolean {
  return /^[^.!?؟]{2,40}\s[-–—|]\s[^.!?؟]{2,30}$/.test(line) || startsWithCredit(line, "byline-start");
}

/** `المصدر السورية نت`, `المصدر: عنب بلدي`: a closing credit line. */
function isSignoff(line: string): boolean {
  const words = wordCount(line);
  return words <= 5 && words >= 2 && startsWithCredit(line, "signoff-start") && !/[.!?؟]$/.test(line);
}

function endsLikeSentence(line: string): boolean {
  return /[.!?؟]["”»]?$/.test(line);
}
