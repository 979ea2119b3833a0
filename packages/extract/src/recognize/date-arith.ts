/**
 * Plain calendar arithmetic on dates (no clock, no time zone): a date is a day number, days since 1970-01-01
 * in the proleptic Gregorian calendar. Publication dates are already Asia/Damascus calendar dates, so
 * "yesterday" is simply the day number minus one.
 */
const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Weekdays: 0 = Sunday … 6 = Saturday (as `Date.prototype.getUTCDay`). */
export const SATURDAY = 6;

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return Math.round(date.getTime() / DAY_MS);
}

/** The day number of a `YYYY-MM-DD` string, or null when it is not a real date. */
export function parseIsoDate(iso: string | null | undefined): number | null {
  const match = iso ? ISO.exec(iso) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : null;
}

export function partsOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function isoDate(day: number): string {
  const p = partsOf(day);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

export function isoOf(year: number, month: number, day: number): string {
  return isoDate(dayNumber(year, month, day));
}

export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The latest day with `weekday` on or before `anchor` (strictly before when `strict`). */
export function weekdayOnOrBefore(anchor: number, weekday: number, strict = false): number {
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  return anchor - (back === 0 && strict ? 7 : back);
}

/** The first day with `weekday` strictly after `anchor`. */
export function weekdayAfter(anchor: number, weekday: number): number {
  const ahead = (weekday - weekdayOf(anchor) + 7) % 7;
  return anchor + (ahead === 0 ? 7 : ahead);
}

/** The day of `weekday` nearest to `day` (ties go back in time: news reports the past). */
export function nearestWeekday(day: number, weekday: number): number {
  const back = (weekdayOf(day) - weekday + 7) % 7;
  return back <= 3 ? day - back : day + (7 - back);
}

/** The Saturday that starts the week of `day`: the Syrian working week runs Saturday/Sunday to Thursday, weekend Friday. */
export function weekStart(day: number): number {
  return weekdayOnOrBefore(day, SATURDAY);
}

/** First day of the month `offset` months from the month of `day`. */
export function monthStart(day: number, offset = 0): number {
  const p = partsOf(day);
  const index = p.year * 12 + (p.month - 1) + offset;
  return dayNumber(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** The first year of the Syrian uprising: the default reference for `yearForWeekday` when no year is near. */
export const DEFAULT_NEAR_YEAR = 2011;

/**
 * The year in which `day`/`month` falls on `weekday` (0 = Sunday), nearest to `nearYear` (ties: the earlier year),
 * searching 30 years either side; null when none does (e.g. 31/2).
 */
export function yearForWeekday(day: number, month: number, weekday: number, nearYear: number = DEFAULT_NEAR_YEAR): number | null {
  for (let distance = 0; distance <= 30; distance++) {
    for (const year of distance === 0 ? [nearYear] : [nearYear - distance, nearYear + distance]) {
      if (isValidDate(year, month, day) && weekdayOf(dayNumber(year, month, day)) === weekday) return year;
    }
  }
  return null;
}
