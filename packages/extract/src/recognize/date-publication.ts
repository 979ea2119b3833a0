import { matchingKey } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import { isoOf, isValidDate, yearForWeekday } from "./date-arith";
import { type CalendarLexicon, calendarLexicon } from "./date-lexicon";
import { DateReader, type DateParts } from "./date-parse";
import { findDates } from "./dates";
import { type NumberLexicon, numberLexicon } from "./number-words";

export interface PublicationLines {
  /** Header lines with the date and time of publication (`2018.07.03 | 11:07 دمشق`), as written. */
  readonly datelines: readonly string[];
  /** Photo captions, as written; their dates (`- 15 من آذار 2022 (…)`) supply a missing year. */
  readonly captions: readonly string[];
  /** Text that may say what day it is today (`اليوم، الثلاثاء 15 من آذار`): the title, or the title and first paragraphs. */
  readonly header: string;
  /**
   * Date expressions already read from the text after `header` (the body's first paragraphs, by the body's own
   * reading), searched for "today" after the header's own: the body is then read once for both purposes.
   */
  readonly followingDates?: readonly DateParts[];
}

export interface PublicationDate {
  readonly value: string;
  readonly source: "dateline" | "caption" | "text";
}

/**
 * The publication date as the article states it, or null. Pure: no clock, no hint.
 * In order: a full date in a dateline; "today" with a day and month in the text (`اليوم، الثلاثاء 15 من آذار`),
 * the year from the text, else from a caption's date of the same day, else the year near a caption's year in which
 * that day falls on the stated weekday; a caption's full date (file photos, `أرشيفية`, are skipped).
 */
export function findPublicationDate(
  lines: PublicationLines,
  lex: CalendarLexicon = calendarLexicon(),
  numbers: NumberLexicon = numberLexicon(),
): PublicationDate | null {
  for (const line of lines.datelines) {
    const day = fullDates(matchingKey(line).text, lex, numbers)[0];
    if (day) return { value: day, source: "dateline" };
  }
  const captionDates = lines.captions.flatMap((caption) => {
    const key = matchingKey(caption).text;
    return isArchive(key, lex) ? [] : fullDates(key, lex, numbers);
  });
  const today = todayInText(lines.header, captionDates, lex, numbers) ?? todayAmong(lines.followingDates ?? [], captionDates);
  if (today) return { value: today, source: "text" };
  const caption = captionDates[0];
  return caption ? { value: caption, source: "caption" } : null;
}

/** Day-precision absolute dates of a line (its matching key), in order. */
function fullDates(key: string, lex: CalendarLexicon, numbers: NumberLexicon): string[] {
  // A day with its year always has digits (the year, or a numeric date): most lines have none and are not read.
  if (!hasDigit(key)) return [];
  return findDates(key, tokenize(key), null, lex, numbers)
    .filter((d) => d.precision === "day" && !d.relative && d.value !== null)
    .map((d) => d.value ?? "");
}

function hasDigit(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const code = key.charCodeAt(k);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

function isArchive(key: string, lex: CalendarLexicon): boolean {
  const tokens = tokenize(key);
  for (let i = 0; i < tokens.count; i++) {
    if (lex.trie.matchAt(tokens, i)?.values.some((v) => v.kind === "archive-marker")) return true;
  }
  return false;
}

function todayInText(header: string, captionDates: readonly string[], lex: CalendarLexicon, numbers: NumberLexicon): string | null {
  const key = matchingKey(header).text;
  const tokens = tokenize(key);
  const reader = new DateReader(tokens, lex, numbers);
  for (let i = 0; i < tokens.count; ) {
    const parts = reader.readAt(i);
    if (!parts) {
      i++;
      continue;
    }
    const value = todayValue(parts, captionDates);
    if (value) return value;
    i = Math.max(parts.endToken, i + 1);
  }
  return null;
}

function todayAmong(read: readonly DateParts[], captionDates: readonly string[]): string | null {
  for (const parts of read) {
    const value = todayValue(parts, captionDates);
    if (value) return value;
  }
  return null;
}

function todayValue(parts: DateParts, captionDates: readonly string[]): string | null {
  const head = parts.head;
  if (parts.relativeDay !== 0 || head.type !== "date") return null;
  if (head.year !== null) return isoOf(head.year, head.month, head.day);
  const monthDay = `-${String(head.month).padStart(2, "0")}-${String(head.day).padStart(2, "0")}`;
  const same = captionDates.find((d) => d.endsWith(monthDay));
  if (same) return same;
  const captionYear = captionDates[0] ? Number(captionDates[0].slice(0, 4)) : null;
  if (captionYear === null) return null;
  if (parts.weekday === undefined) return isValidDate(captionYear, head.month, head.day) ? isoOf(captionYear, head.month, head.day) : null;
  const year = yearForWeekday(head.day, head.month, parts.weekday, captionYear);
  return year === null ? null : isoOf(year, head.month, head.day);
}
