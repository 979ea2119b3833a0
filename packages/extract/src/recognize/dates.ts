import { type Tokens, tokenize } from "../normalize/tokens";
import {
  dayNumber,
  isoDate,
  isoOf,
  isValidDate,
  monthStart,
  nearestWeekday,
  parseIsoDate,
  partsOf,
  weekStart,
  weekdayAfter,
  weekdayOf,
  weekdayOnOrBefore,
} from "./date-arith";
import { type CalendarLexicon, calendarLexicon, type PartOfDay, type PeriodPart, type PeriodUnit } from "./date-lexicon";
import { DateReader, type DateParts } from "./date-parse";
import { type NumberLexicon, numberLexicon } from "./number-words";

/*
 * Decisions, for whoever reads a value:
 * - Weeks start on Saturday (the Syrian working week); a week's value is its Saturday.
 * - A season (`صيف عام 2018`) has year precision: a season spans months (winter spans two years), and
 *   "2018" is the smallest period the contract can state that surely contains it. `season` says which.
 * - `أوائل/منتصف/أواخر` keep the precision of what they qualify and add `part`.
 * - A weekday stated beside `اليوم`/`أمس` that disagrees with the anchor (an anchor from a crawl a day late)
 *   wins: the nearest day with that weekday.
 * - A day and month without a year take the latest year that puts the date no more than a month after the
 *   anchor, preferring one where a stated weekday fits (`28 كانون الأول` in an article of 3 January is last year's).
 * - `بعد يومين على …` counts from another event: value null.
 */
export type DatePrecision = "day" | "week" | "month" | "year" | "unknown";

/** A date expression in the matching key, resolved against the publication date where it needs one. */
export interface DateExpression {
  /** Offsets into the normalized text (the matching key). */
  readonly start: number;
  readonly end: number;
  /** `YYYY-MM-DD`: the day, or the first day of the week (a Saturday), month or year; null when unresolvable. */
  readonly value: string | null;
  readonly precision: DatePrecision;
  /** Whether the value depends on the publication date or an earlier date of the text. */
  readonly relative: boolean;
  readonly partOfDay?: PartOfDay;
  /** The weekday the text names, 0 = Sunday … 6 = Saturday. */
  readonly weekday?: number;
  /** `أوائل/منتصف/أواخر`: which part of the period. */
  readonly part?: PeriodPart;
  /** A season (`صيف عام 2018`): the value is the season's year, precision "year" (a season spans months, and winter years). */
  readonly season?: string;
  /** Refers back to the last date of the text (`اليوم ذاته`, `اليوم التالي`). */
  readonly anaphoric?: boolean;
  /** Days from publication said by `اليوم` (0), `أمس` (-1), `أول أمس` (-2)…, also when a date follows. */
  readonly relativeDay?: number;
  /** A stretch of time counted from publication or another event: `منذ 15 يوماً` (-1, day, 15), `بعد يومين` (+1). */
  readonly span?: { readonly direction: number; readonly unit: PeriodUnit; readonly amount: number | null };
}

/**
 * Every date expression of a normalized text, left to right. Relative expressions are resolved against
 * `anchor` (`YYYY-MM-DD`, the publication date in Asia/Damascus terms) by plain calendar arithmetic; with no
 * anchor they keep their span with value null and precision "unknown" — never invented.
 * A bare weekday is the latest such day on or before the anchor; `الماضي` strictly before; `المقبل` after.
 */
export function findDates(
  text: string,
  tokens: Tokens,
  anchor: string | null,
  lex: CalendarLexicon = calendarLexicon(),
  numbers: NumberLexicon = numberLexicon(),
): DateExpression[] {
  return resolveDates(readDates(text, tokens, lex, numbers), anchor);
}

/**
 * The date expressions of a normalized text, parsed but not resolved: reading does not depend on the anchor,
 * so a text read once can be resolved against several anchors (see `resolveDates`).
 */
export function readDates(
  text: string,
  tokens: Tokens,
  lex: CalendarLexicon = calendarLexicon(),
  numbers: NumberLexicon = numberLexicon(),
): DateParts[] {
  const reader = new DateReader(tokens.text === text ? tokens : tokenize(text), lex, numbers);
  const out: DateParts[] = [];
  for (let i = 0; i < reader.count; ) {
    const parts = reader.readAt(i);
    if (!parts) {
      i++;
      continue;
    }
    out.push(parts);
    i = Math.max(parts.endToken, i + 1);
  }
  return out;
}

/** Values for parsed expressions (in text order: `اليوم ذاته` refers back to the last resolved day). */
export function resolveDates(read: readonly DateParts[], anchor: string | null): DateExpression[] {
  const anchorDay = parseIsoDate(anchor);
  const out: DateExpression[] = [];
  let previousDay: number | null = null;
  for (const parts of read) {
    const resolved = resolveDate(parts, anchorDay, previousDay);
    out.push(resolved.expression);
    if (resolved.day !== null) previousDay = resolved.day;
  }
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A calendar day as `isoDate` writes it; anything else (before year 1, after 9999) has no value. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The expression for `parts` with a computed value. Built field by field in one fixed order: spreading
 * optional fields into a literal made slow dictionary-mode objects, a large share of the stage's time.
 */
function expressionOf(parts: DateParts, computed: string | null, precision: DatePrecision, relative: boolean, anaphoric: boolean): DateExpression {
  // `منذ 2022 عام` counted back from 1990 lands before year 1: no calendar date, so no value.
  const value = computed !== null && ISO_DAY.test(computed) ? computed : null;
  const e: Mutable<DateExpression> = { start: parts.start, end: parts.end, value, precision: value === null ? "unknown" : precision, relative };
  if (parts.partOfDay !== undefined) e.partOfDay = parts.partOfDay;
  if (parts.weekday !== undefined) e.weekday = parts.weekday;
  if (parts.part !== undefined) e.part = parts.part;
  if (parts.season !== undefined) e.season = parts.season;
  if (parts.relativeDay !== undefined) e.relativeDay = parts.relativeDay;
  const head = parts.head;
  if (head.type === "ago") e.span = { direction: head.direction, unit: head.unit, amount: head.amount };
  if (anaphoric) e.anaphoric = true;
  return e;
}

/** A resolved day (`n`, a day number) and its expression. */
function dayOf(parts: DateParts, n: number | null, relative: boolean, anaphoric = false): { expression: DateExpression; day: number | null } {
  return { expression: expressionOf(parts, n === null ? null : isoDate(n), "day", relative, anaphoric), day: n };
}

/** A resolved week, month or year (or nothing): no day for `اليوم ذاته` to refer back to. */
function period(parts: DateParts, computed: string | null, precision: DatePrecision, relative: boolean): { expression: DateExpression; day: number | null } {
  return { expression: expressionOf(parts, computed, precision, relative, false), day: null };
}

/** Resolves parsed parts to a value; `day` is the resolved day for day precision (the reference for `اليوم ذاته`). */
export function resolveDate(
  parts: DateParts,
  anchor: number | null,
  previousDay: number | null,
): { expression: DateExpression; day: number | null } {
  const head = parts.head;
  const weekday = parts.weekday;
  switch (head.type) {
    case "date": {
      if (head.year !== null) return dayOf(parts, dayNumber(head.year, head.month, head.day), false);
      if (anchor === null) return dayOf(parts, null, true);
      if (head.yearOffset !== undefined) {
        const year = partsOf(anchor).year + head.yearOffset;
        return dayOf(parts, isValidDate(year, head.month, head.day) ? dayNumber(year, head.month, head.day) : null, true);
      }
      return dayOf(parts, nearestYearDate(head.month, head.day, weekday, anchor, head.direction), true);
    }
    case "day-of-month": {
      if (anchor === null) return dayOf(parts, null, true);
      const month = partsOf(monthStart(anchor, head.direction));
      return dayOf(parts, isValidDate(month.year, month.month, head.day) ? dayNumber(month.year, month.month, head.day) : null, true);
    }
    case "month": {
      if (head.year !== null) return period(parts, isoOf(head.year, head.month, 1), "month", false);
      if (anchor === null) return period(parts, null, "month", true);
      if (head.yearOffset !== undefined) {
        return period(parts, isoOf(partsOf(anchor).year + head.yearOffset, head.month, 1), "month", true);
      }
      return period(parts, isoDate(monthRelative(anchor, head.month, head.direction)), "month", true);
    }
    case "year":
      return period(parts, isoOf(head.year, 1, 1), "year", false);
    case "relative-day": {
      if (anchor === null) return dayOf(parts, null, true);
      const target = anchor + head.offset;
      return dayOf(parts, weekday === undefined || weekdayOf(target) === weekday ? target : nearestWeekday(target, weekday), true);
    }
    case "anaphoric-day":
      return dayOf(parts, previousDay === null ? null : previousDay + head.offset, true, true);
    case "weekday": {
      if (anchor === null || weekday === undefined) return dayOf(parts, null, true);
      // The eve of a day is the day before it: `ليلة الجمعة` is Thursday night.
      const target = parts.eve ? (weekday + 6) % 7 : weekday;
      if (head.direction === 1) return dayOf(parts, weekdayAfter(anchor, target), true);
      return dayOf(parts, weekdayOnOrBefore(anchor, target, head.direction === -1), true);
    }
    case "period": {
      if (anchor === null) return period(parts, null, head.unit, true);
      if (head.unit === "week") return period(parts, isoDate(weekStart(anchor) + 7 * head.direction), "week", true);
      if (head.unit === "month") return period(parts, isoDate(monthStart(anchor, head.direction)), "month", true);
      return period(parts, isoOf(partsOf(anchor).year + head.direction, 1, 1), "year", true);
    }
    case "ago": {
      if (anchor === null || head.elsewhere || head.amount === null && head.unit !== "hour") return period(parts, null, "unknown", true);
      const n = (head.amount ?? 0) * head.direction;
      switch (head.unit) {
        case "hour":
          return dayOf(parts, anchor + Math.trunc(n / 24), true);
        case "day":
          return dayOf(parts, anchor + n, true);
        case "week":
          return period(parts, isoDate(weekStart(anchor + 7 * n)), "week", true);
        case "month":
          return period(parts, isoDate(monthStart(anchor, n)), "month", true);
        case "year":
          return period(parts, isoOf(partsOf(anchor).year + n, 1, 1), "year", true);
      }
    }
  }
  return period(parts, null, "unknown", true);
}

/** How far past publication a day and month without a year may lie (an announced date) before it is read as last year's. */
const FUTURE_DAYS = 31;

/**
 * The date of `day`/`month` without a year: the latest one no more than a month after the anchor (strictly before
 * it with `الماضي`, the first after it with `المقبل`), preferring years where it falls on a stated `weekday`.
 */
function nearestYearDate(month: number, dayOfMonth: number, weekday: number | undefined, anchor: number, direction?: number): number | null {
  const year = partsOf(anchor).year;
  const candidates: number[] = [];
  for (const y of [year - 1, year, year + 1]) {
    if (isValidDate(y, month, dayOfMonth)) candidates.push(dayNumber(y, month, dayOfMonth));
  }
  const fitting = candidates.filter((c) => weekday === undefined || weekdayOf(c) === weekday);
  const pool = fitting.length > 0 ? fitting : candidates;
  if (direction === 1) return pool.find((c) => c > anchor) ?? null;
  const latest = direction === -1 ? anchor - 1 : anchor + FUTURE_DAYS;
  let best: number | null = null;
  for (const c of pool) if (c <= latest && (best === null || c > best)) best = c;
  return best ?? pool[0] ?? null;
}

/** A month named without a year: the latest on or before the anchor's month; `الماضي` strictly before; `المقبل` after. */
function monthRelative(anchor: number, month: number, direction: number | null): number {
  const current = partsOf(anchor);
  let back = (current.month - month + 12) % 12;
  if (direction === -1 && back === 0) back = 12;
  if (direction === 1) {
    const ahead = (month - current.month + 12) % 12 || 12;
    return monthStart(anchor, ahead);
  }
  return monthStart(anchor, -back);
}
