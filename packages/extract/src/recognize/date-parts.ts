import type { PartOfDay, PeriodPart, PeriodUnit } from "./date-lexicon";

export type DateHead =
  /** A day of a month; `year` null when the text leaves it out (`الثلاثاء 15 من آذار`). */
  | { type: "date"; year: number | null; month: number; day: number; yearOffset?: number; direction?: number }
  /** A day of the month `direction` months from publication's (`الخامس من الشهر الجاري`). */
  | { type: "day-of-month"; day: number; direction: number }
  /** A month; `year` null: the latest such month (or by `direction`). */
  | { type: "month"; year: number | null; month: number; direction: number | null; yearOffset?: number }
  | { type: "year"; year: number }
  | { type: "relative-day"; offset: number }
  | { type: "anaphoric-day"; offset: number }
  /** A weekday (in `DateParts.weekday`): `direction` null bare, -1 `الماضي`, +1 `المقبل`. */
  | { type: "weekday"; direction: number | null }
  /** `الأسبوع الماضي`, `الشهر الجاري`, `العام المقبل`; a season of a relative year too. */
  | { type: "period"; unit: "week" | "month" | "year"; direction: number }
  /** `منذ 15 يوماً`, `قبل يومين`, `بعد أسبوع`; `elsewhere`: counted from another event (`بعد يومين على …`). */
  | { type: "ago"; unit: PeriodUnit; amount: number | null; direction: number; elsewhere: boolean };

export interface DateParts {
  readonly firstToken: number;
  readonly endToken: number;
  /** Offsets into the normalized text. */
  readonly start: number;
  readonly end: number;
  readonly head: DateHead;
  readonly weekday?: number;
  readonly partOfDay?: PartOfDay;
  /** `ليلة الجمعة`, `عشية الأحد`: the night before the named day. */
  readonly eve?: boolean;
  readonly part?: PeriodPart;
  readonly season?: string;
  /** The `اليوم`/`أمس` word the expression starts from (its offset), also when a date follows (`اليوم، الثلاثاء 15 من آذار`). */
  readonly relativeDay?: number;
}

/** The optional fields of `DateParts`; an undefined field is left out. */
export interface DateExtras {
  readonly weekday?: number | undefined;
  readonly partOfDay?: PartOfDay | undefined;
  readonly eve?: boolean | undefined;
  readonly part?: PeriodPart | undefined;
  readonly season?: string | undefined;
  readonly relativeDay?: number | undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Parts with the optional fields of `extra`, then of `more` (which wins), copied one by one: spreading them
 * after other fields built dictionary-mode objects at ~2 µs each, a large share of the date stage.
 */
export function dateParts(
  firstToken: number,
  endToken: number,
  start: number,
  end: number,
  head: DateHead,
  extra?: DateExtras,
  more?: DateExtras,
): DateParts {
  const parts: Mutable<DateParts> = { firstToken, endToken, start, end, head };
  if (extra) copyExtras(parts, extra);
  if (more) copyExtras(parts, more);
  return parts;
}

function copyExtras(to: Mutable<DateParts>, from: DateExtras): void {
  if (from.weekday !== undefined) to.weekday = from.weekday;
  if (from.partOfDay !== undefined) to.partOfDay = from.partOfDay;
  if (from.eve !== undefined) to.eve = from.eve;
  if (from.part !== undefined) to.part = from.part;
  if (from.season !== undefined) to.season = from.season;
  if (from.relativeDay !== undefined) to.relativeDay = from.relativeDay;
}
