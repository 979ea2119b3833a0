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
