import { z } from "zod";
import calendar from "../../data/calendar.json";
import { loadEntries } from "../lexicon/load";
import { TokenTrie } from "../lexicon/trie";
import { keyOf } from "../normalize/matching-key";
import { Starters } from "./number-words-starters";

const forms = z.array(z.string()).min(1);
export const PartOfDay = z.enum(["dawn", "morning", "noon", "afternoon", "evening", "night"]);
export type PartOfDay = z.infer<typeof PartOfDay>;
export const PeriodUnit = z.enum(["hour", "day", "week", "month", "year"]);
export type PeriodUnit = z.infer<typeof PeriodUnit>;
export const PeriodPart = z.enum(["early", "mid", "late"]);
export type PeriodPart = z.infer<typeof PeriodPart>;

/** One line of `data/calendar.json`: month and weekday names and the words of relative dates. */
export const CalendarEntry = z.discriminatedUnion("kind", [
  /** `needsContext`: forms that are also common words (`آب` = father) and count as a month only beside a day or year. */
  z.object({ kind: z.literal("month"), month: z.number().int().min(1).max(12), forms, needsContext: z.array(z.string()).optional() }),
  /** 0 = Sunday … 6 = Saturday. `ambiguous`: also a number word (`الأحد` "the one", `الاثنين` "the two"). */
  z.object({ kind: z.literal("weekday"), weekday: z.number().int().min(0).max(6), forms, ambiguous: z.boolean().optional() }),
  /** Days from the publication date: `اليوم` 0, `أمس` -1, `أول أمس` -2. */
  z.object({ kind: z.literal("relative-day"), offset: z.number().int(), forms }),
  /** Days from the last date mentioned: `اليوم ذاته` 0, `اليوم التالي` +1. */
  z.object({ kind: z.literal("anaphoric-day"), offset: z.number().int(), forms }),
  z.object({ kind: z.literal("day-word"), forms }),
  /** `eveOf`: forms naming the night or eve before the day that follows (`ليلة الجمعة` = Thursday night). */
  z.object({ kind: z.literal("part-of-day"), part: PartOfDay, forms, eveOf: z.array(z.string()).optional() }),
  /** A part of day standing after the day (`الأحد صباحاً`, `أمس مساءً`). */
  z.object({ kind: z.literal("part-of-day-after"), part: PartOfDay, forms }),
  /** After a weekday or period: -1 past (`الماضي`), +1 next (`المقبل`), 0 current (`الجاري`). */
  z.object({ kind: z.literal("direction"), direction: z.number().int().min(-1).max(1), forms }),
  z.object({ kind: z.literal("this"), forms }),
  z.object({ kind: z.literal("period"), unit: PeriodUnit, forms }),
  /** Before a duration: -1 ago (`منذ`, `قبل`), +1 later (`بعد`). */
  /** `fromNow`: always counted from publication, even before `على`/`من` (`منذ`). */
  z.object({ kind: z.literal("ago"), direction: z.number().int().min(-1).max(1), fromNow: z.boolean().optional(), forms }),
  /** A unit of time after `منذ/قبل/بعد`; `amount` is how many the word itself says (1, a dual's 2, null for a plural). */
  z.object({ kind: z.literal("unit"), unit: PeriodUnit, amount: z.number().int().positive().nullable(), forms }),
  /** After `بعد يومين`: `على`/`من` + an event makes the duration relative to that event, not to publication. */
  z.object({ kind: z.literal("anchored-after"), forms }),
  z.object({ kind: z.literal("year-word"), forms }),
  /** Words after which four bare digits (1900–2099) are a year: `منذ 2011`, `في 2018`. */
  z.object({ kind: z.literal("year-preposition"), forms }),
  z.object({ kind: z.literal("month-word"), forms }),
  z.object({ kind: z.literal("of-word"), forms }),
  z.object({ kind: z.literal("same-as"), forms }),
  z.object({ kind: z.literal("season"), season: z.string(), month: z.number().int().min(1).max(12), forms }),
  z.object({ kind: z.literal("part-of-period"), part: PeriodPart, forms }),
  /** Ordinals after `اليوم` make it "the Nth day" (`لليوم الثاني`), not today. */
  z.object({ kind: z.literal("ordinal"), forms }),
  /** A day of the month as an ordinal before `من` + month (`الأول من آذار`). */
  z.object({ kind: z.literal("ordinal-day"), day: z.number().int().min(1).max(31), forms }),
  /** Between the two weekdays of a night (`ليلة السبت على الأحد`). */
  z.object({ kind: z.literal("night-joint"), forms }),
  /** Marks a caption whose date is a file photo's, not the article's (`أرشيفية`). */
  z.object({ kind: z.literal("archive-marker"), forms }),
]);
export type CalendarEntry = z.infer<typeof CalendarEntry>;

export type CalendarWord =
  | { kind: "month"; month: number; needsContext: boolean }
  | { kind: "weekday"; weekday: number; ambiguous: boolean }
  | { kind: "relative-day"; offset: number }
  | { kind: "anaphoric-day"; offset: number }
  | { kind: "part-of-day"; part: PartOfDay; eve: boolean }
  | { kind: "part-of-day-after"; part: PartOfDay }
  | { kind: "direction"; direction: number }
  | { kind: "period"; unit: PeriodUnit }
  | { kind: "ago"; direction: number; fromNow: boolean }
  | { kind: "unit"; unit: PeriodUnit; amount: number | null }
  | { kind: "season"; season: string; month: number }
  | { kind: "part-of-period"; part: PeriodPart }
  | { kind: "ordinal-day"; day: number }
  | { kind: "day-word" | "this" | "anchored-after" | "year-word" | "year-preposition" | "month-word" | "of-word" | "same-as" | "ordinal" | "archive-marker" | "night-joint" };

export type CalendarKind = CalendarWord["kind"];

/** All calendar words in one token trie: a word may have several readings (`عام`: year word and unit). */
export interface CalendarLexicon {
  readonly trie: TokenTrie<CalendarWord>;
  /** Unit of time by the matching key of a singular unit noun (`يوم`), for duals read by the number parser. */
  readonly units: ReadonlyMap<string, PeriodUnit>;
  /** First words of every calendar form: tokens worth a trie lookup. */
  readonly words: Starters;
  /** First words of the forms a date expression can begin with (besides digits). */
  readonly starters: Starters;
}

/** Kinds that only ever follow another word (`الماضي`, `من`, `الموافق`, `يوماً`): never the start of an expression. */
const NEVER_FIRST: ReadonlySet<CalendarEntry["kind"]> = new Set([
  "direction",
  "of-word",
  "anchored-after",
  "same-as",
  "ordinal",
  "unit",
  "archive-marker",
  "night-joint",
  "part-of-day-after",
]);

function wordsOf(entry: CalendarEntry, form: string): CalendarWord {
  const key = keyOf(form);
  switch (entry.kind) {
    case "month":
      return { kind: "month", month: entry.month, needsContext: (entry.needsContext ?? []).some((f) => keyOf(f) === key) };
    case "weekday":
      return { kind: "weekday", weekday: entry.weekday, ambiguous: entry.ambiguous ?? false };
    case "relative-day":
    case "anaphoric-day":
      return { kind: entry.kind, offset: entry.offset };
    case "part-of-day":
      return { kind: "part-of-day", part: entry.part, eve: (entry.eveOf ?? []).some((f) => keyOf(f) === key) };
    case "part-of-day-after":
      return { kind: "part-of-day-after", part: entry.part };
    case "direction":
      return { kind: "direction", direction: entry.direction };
    case "ago":
      return { kind: "ago", direction: entry.direction, fromNow: entry.fromNow ?? false };
    case "period":
      return { kind: "period", unit: entry.unit };
    case "unit":
      return { kind: "unit", unit: entry.unit, amount: entry.amount };
    case "season":
      return { kind: "season", season: entry.season, month: entry.month };
    case "part-of-period":
      return { kind: "part-of-period", part: entry.part };
    case "ordinal-day":
      return { kind: "ordinal-day", day: entry.day };
    default:
      return { kind: entry.kind };
  }
}

export function buildCalendarLexicon(entries: readonly CalendarEntry[]): CalendarLexicon {
  const trie = new TokenTrie<CalendarWord>();
  const units = new Map<string, PeriodUnit>();
  const words = new Starters();
  const starters = new Starters();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const first = keyOf(form).split(" ")[0] ?? "";
      words.add(first);
      if (!NEVER_FIRST.has(entry.kind)) starters.add(first);
      trie.add(form, wordsOf(entry, form));
      if (entry.kind === "unit" && entry.amount === 1) units.set(keyOf(form), entry.unit);
    }
  }
  return { trie, units, words, starters };
}

let defaults: CalendarLexicon | undefined;
/** The built-in calendar lexicon from `data/calendar.json`, parsed once. */
export function calendarLexicon(): CalendarLexicon {
  defaults ??= buildCalendarLexicon(loadEntries("calendar.json", CalendarEntry, calendar));
  return defaults;
}
