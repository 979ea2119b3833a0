import type { PartOfDay, PeriodUnit } from "./date-lexicon";
import { AbsoluteDates } from "./date-absolute";
import { type DateExtras, type DateHead, type DateParts, dateParts } from "./date-parts";
import { type Match, NO_EXTRA } from "./date-tokens";
import { hitAt, readNumberAt } from "./number-words-parse";

export type { DateHead, DateParts } from "./date-parts";

/** Reads date expressions at token positions; one instance per text. */
export class DateReader extends AbsoluteDates {
  /** The date expression starting at token `i`, or null. Every expression starts with a calendar word or digits. */
  readAt(i: number): DateParts | null {
    const token = this.tokens.texts[i] ?? "";
    const first = token.charCodeAt(0);
    if (!(first >= 0x30 && first <= 0x39) && (!this.lex.starters.mayStartAt(this.tokens, i) || !this.hasWord(i))) return null;
    return (
      this.partOfPeriod(i) ??
      this.season(i) ??
      this.dayExpression(i) ??
      this.numericDate(i) ??
      this.monthPhrase(i, i, null) ??
      this.yearPhrase(i) ??
      this.periodPhrase(i, i, null, false) ??
      this.ago(i)
    );
  }

  /** `أوائل/منتصف/أواخر` + a month, a year or a period: `منتصف الشهر`, `أواخر عام 2017`, `مطلع آذار 2022`. */
  protected partOfPeriod(i: number): DateParts | null {
    const pp = this.word(i, "part-of-period");
    if (!pp || !this.near(pp.end)) return null;
    const j = pp.end;
    const inner =
      this.season(j) ??
      this.monthPhrase(j, i, pp.start) ??
      this.yearPhrase(j) ??
      this.bareYear(j) ??
      this.periodPhrase(j, i, pp.start, true);
    if (!inner) return null;
    return dateParts(i, inner.endToken, pp.start, inner.end, inner.head, inner, { part: pp.word.part });
  }

  /** `صيف عام 2018`, `صيف 2018`, `صيف العام الماضي`, `الصيف الماضي`: the season's year (see dates.ts). */
  protected season(i: number): DateParts | null {
    const s = this.word(i, "season");
    if (!s) return null;
    let j = s.end;
    const yearWord = this.near(j) ? this.word(j, "year-word") : null;
    if (yearWord) j = yearWord.end;
    const year = this.near(j) ? this.yearAt(j) : null;
    if (year !== null) return this.parts(i, s.start, j + 1, { type: "year", year }, { season: s.word.season });
    if (yearWord) {
      const dir = this.near(j) ? this.word(j, "direction") : null;
      if (dir) return this.parts(i, s.start, dir.end, { type: "period", unit: "year", direction: dir.word.direction }, { season: s.word.season });
      return null;
    }
    const dir = this.near(j) ? this.word(j, "direction") : null;
    if (dir) return this.parts(i, s.start, dir.end, { type: "period", unit: "year", direction: dir.word.direction }, { season: s.word.season });
    return null;
  }

  /**
   * Day expressions: an optional part of day (`صباح`, `مساء`, `ليلة`) and `يوم`, then `اليوم`/`أمس`/`أول أمس`,
   * a weekday (`الأحد الماضي`), a back reference (`اليوم ذاته`) or a day and month (`15 من آذار 2022`).
   */
  protected dayExpression(i: number): DateParts | null {
    let j = i;
    let start: number | null = null;
    const pod = this.word(j, "part-of-day");
    if (pod && this.near(pod.end)) {
      start = pod.start;
      j = pod.end;
    }
    const dayWord = this.word(j, "day-word");
    if (dayWord && this.near(dayWord.end)) {
      start ??= dayWord.start;
      j = dayWord.end;
    }
    const prefixed = j > i;
    const extra: DateExtras = pod && prefixed ? { partOfDay: pod.word.part } : NO_EXTRA;
    const ana = this.word(j, "anaphoric-day");
    if (ana) return this.parts(i, start ?? ana.start, ana.end, { type: "anaphoric-day", offset: ana.word.offset }, extra);
    const rel = this.word(j, "relative-day");
    if (rel && this.isRelativeDay(j, rel)) {
      const after = this.weekdayAndDate(rel.end, true);
      const head: DateHead = after?.date ?? { type: "relative-day", offset: rel.word.offset };
      const trail = prefixed ? null : this.trailingPart(after?.end ?? rel.end);
      const partOfDay = trail ? trail.part : extra.partOfDay;
      return this.parts(i, start ?? rel.start, trail?.end ?? after?.end ?? rel.end, head, { partOfDay, weekday: after?.weekday, relativeDay: rel.word.offset });
    }
    const wd = this.word(j, "weekday");
    if (wd) {
      const night = pod?.word.eve === true && prefixed ? this.secondWeekday(wd.end, wd.word.weekday) : null;
      if (night !== null) return this.parts(i, start ?? wd.start, night, { type: "weekday", direction: null }, extra, { weekday: wd.word.weekday });
      let end = wd.end;
      const dir = this.near(end) ? this.word(end, "direction") : null;
      if (dir && dir.word.direction !== 0) end = dir.end;
      const date = dir ? null : this.explicitDateAfter(end);
      const trail = prefixed || date ? null : this.trailingPart(end);
      if (wd.word.ambiguous && !prefixed && !dir && !date && !trail && !this.weekdayContext(j, wd.end)) return null;
      const eve = pod?.word.eve === true && prefixed;
      const head: DateHead = date?.head ?? { type: "weekday", direction: dir && dir.word.direction !== 0 ? dir.word.direction : null };
      const partOfDay = trail ? trail.part : extra.partOfDay;
      return this.parts(i, start ?? wd.start, date?.endToken ?? trail?.end ?? end, head, { partOfDay, weekday: wd.word.weekday, eve: eve ? true : undefined });
    }
    const date = this.explicitDate(j) ?? (prefixed ? this.numericDate(j) : null);
    if (date) return dateParts(i, date.endToken, start ?? date.start, date.end, date.head, date, extra);
    return null;
  }

  /** `صباحاً`, `مساءً` after a day. */
  protected trailingPart(j: number): { part: PartOfDay; end: number } | null {
    const after = this.near(j) ? this.word(j, "part-of-day-after") : null;
    if (!after) return null;
    // `أمس مساء الأحد`: a part of day that opens the next expression is not this one's.
    if (this.near(after.end) && (this.word(after.end, "weekday") || this.word(after.end, "relative-day"))) return null;
    return { part: after.word.part, end: after.end };
  }

  /** `ليلة السبت الأحد`, `ليلة السبت على الأحد`, `ليلة السبت-الأحد`: the night starts on the first day; its end token. */
  protected secondWeekday(j: number, first: number): number | null {
    const between = this.trimmedGap(j);
    let k = j;
    if (between === "") {
      const joint = this.word(k, "night-joint");
      if (joint && this.near(joint.end)) k = joint.end;
      else if (!this.near(k)) return null;
    } else if (between !== "-" && between !== "/") return null;
    const second = this.word(k, "weekday");
    return second && second.word.weekday === (first + 1) % 7 ? second.end : null;
  }

  /** `اليوم` is today unless it is "the Nth day" (`لليوم الثاني`, `اليوم الأول`) or a noun phrase (`اليوم العالمي`). */
  protected isRelativeDay(j: number, rel: Match<"relative-day">): boolean {
    if (rel.word.offset !== 0) return true;
    const token = this.tokens.texts[j] ?? "";
    if (rel.hit.prefixLength > 0 && token.startsWith("لل")) return false;
    const next = this.tokens.texts[rel.end];
    if (next === undefined || !this.near(rel.end)) return true;
    if (this.word(rel.end, "ordinal")) return false;
    if (next.startsWith("ال") && !this.word(rel.end, "weekday")) return false;
    return true;
  }

  /** After `اليوم`/`أمس`: an optional weekday, then an optional day and month. */
  protected weekdayAndDate(j: number, allowComma: boolean): { end: number; weekday: number; date: DateHead | undefined } | null {
    const g = this.gap(j);
    if (!(g === "space" || (allowComma && g === "comma"))) return null;
    const wd = this.word(j, "weekday");
    if (!wd) return null;
    // `أمس، السبت الفائت`: a weekday with its own direction is a second expression.
    if (this.near(wd.end) && this.word(wd.end, "direction")) return null;
    const date = this.explicitDateAfter(wd.end);
    return { end: date?.endToken ?? wd.end, weekday: wd.word.weekday, date: date?.head };
  }

  /** A day and month right after a weekday (`الثلاثاء 15 من آذار`, `الأربعاء، الموافق 15 آذار 2022`). */
  protected explicitDateAfter(j: number): DateParts | null {
    const g = this.gap(j);
    if (g === "other") return null;
    const same = this.word(j, "same-as");
    const k = same && this.near(same.end) ? same.end : j;
    return this.explicitDate(k) ?? this.numericDate(k);
  }

  /** `الأحد` and `الاثنين` are also "the one" and "the two": a weekday only beside punctuation or after a preposition. */
  protected weekdayContext(j: number, end: number): boolean {
    const text = this.tokens.text;
    let b = (this.tokens.starts[j] ?? 0) - 1;
    while (b >= 0 && text[b] === " ") b--;
    if (b < 0 || ",.;:(\n".includes(text[b] ?? "")) return true;
    let a = this.endOf(end);
    while (a < text.length && text[a] === " ") a++;
    if (a >= text.length || ",.;:)\n".includes(text[a] ?? "")) return true;
    return j > 0 && this.near(j) && this.word(j - 1, "year-preposition") !== null;
  }

  /** `منذ 15 يوماً`, `قبل يومين`, `بعد أسبوع`, `منذ ساعات`; `بعد يومين على …` counts from another event. */
  protected ago(i: number): DateParts | null {
    const ago = this.word(i, "ago");
    if (!ago || !this.near(ago.end)) return null;
    // `قبل نحو أسبوع`, `منذ أكثر من شهرين`: the qualifier is skipped, the count kept.
    const bound = hitAt(this.numbers.bounds, this.tokens, ago.end);
    const j = bound && this.near(bound.endToken) ? bound.endToken : ago.end;
    let unit: PeriodUnit | null = null;
    let amount: number | null = null;
    let end = j;
    const read = readNumberAt(this.tokens, j, this.numbers);
    const reading = read && read.kind !== "not-count" ? read : null;
    if (reading && reading.min !== reading.max && this.near(reading.endToken)) {
      // `منذ عدة أيام`, `قبل بضعة أشهر`: a stretch of unstated length.
      const u = this.word(reading.endToken, "unit");
      if (u) {
        unit = u.word.unit;
        end = u.end;
      }
    } else if (reading && reading.min !== null && reading.min === reading.max) {
      if (reading.kind === "dual") {
        unit = this.lex.units.get(reading.noun ?? "") ?? null;
        end = reading.endToken;
      } else if (this.near(reading.endToken)) {
        const u = this.word(reading.endToken, "unit");
        if (u) {
          unit = u.word.unit;
          end = u.end;
        }
      }
      amount = reading.min;
    } else {
      const u = this.word(j, "unit");
      if (u) {
        unit = u.word.unit;
        amount = u.word.amount;
        end = u.end;
      }
    }
    if (unit === null) return null;
    // `منذ عام 2017`, `منذ شهر تموز`: a date follows, not a duration.
    if (this.near(end) && (this.yearAt(end) !== null || this.word(end, "month"))) return null;
    const anchoredAfter = this.near(end) ? this.word(end, "anchored-after") : null;
    const elsewhere = anchoredAfter !== null && !ago.word.fromNow;
    return this.parts(i, ago.start, end, { type: "ago", unit, amount, direction: ago.word.direction, elsewhere });
  }
}
