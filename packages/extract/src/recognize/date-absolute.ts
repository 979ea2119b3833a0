import { isValidDate } from "./date-arith";
import type { DateHead, DateParts } from "./date-parts";
import { CalendarTokens, DIGITS } from "./date-tokens";

/** Dates written out: `15 من آذار 2022`, `2018.07.03`, `نيسان 2021`, `عام 2020`, `الأسبوع الماضي`. */
export class AbsoluteDates extends CalendarTokens {
  /** `15 من آذار 2022`, `15 آذار/مارس 2022`, `15 آذار`, `الأول من نيسان`. */
  protected explicitDate(j: number): DateParts | null {
    const ordinal = this.word(j, "ordinal-day");
    const day = ordinal ? ordinal.word.day : this.digitsAt(j);
    if (day === null || day < 1 || day > 31 || (!ordinal && (this.tokens.texts[j] ?? "").length > 2)) return null;
    let k = ordinal ? ordinal.end : j + 1;
    if (!this.near(k)) return null;
    const of = this.word(k, "of-word");
    if (of && this.near(of.end)) k = of.end;
    else if (ordinal) return null;
    const monthWord = of ? this.word(k, "month-word") : null;
    const month = this.month(monthWord && this.near(monthWord.end) ? monthWord.end : k);
    const first = ordinal?.start ?? this.tokens.starts[j] ?? 0;
    if (!month) {
      // `الخامس من الشهر الجاري`, `5 من الشهر الماضي`: a day of a month named relative to publication.
      const period = of ? this.word(k, "period") : null;
      const dir = period?.word.unit === "month" && this.near(period.end) ? this.word(period.end, "direction") : null;
      if (!period || !dir) return null;
      return this.parts(j, first, dir.end, { type: "day-of-month", day, direction: dir.word.direction });
    }
    const year = this.yearAfter(month.end);
    const y = year?.year ?? null;
    if (!isValidDate(y ?? 2000, month.month, day)) return null;
    // `27 تموز الماضي`, `15 آذار المقبل`: the last such date before publication, or the next one after.
    const dir = year ? null : this.near(month.end) ? this.word(month.end, "direction") : null;
    const end = year?.end ?? (dir ? dir.end : month.end);
    // Optional fields set one by one (see `dateParts`).
    const head: DateHead = { type: "date", year: y, month: month.month, day };
    if (year?.yearOffset !== undefined) head.yearOffset = year.yearOffset;
    if (dir && dir.word.direction !== 0) head.direction = dir.word.direction;
    return this.parts(j, first, end, head);
  }

  /** A month name, with an optional second name of the same month (`آذار/مارس`, `آذار (مارس)`). */
  protected month(k: number): { month: number; end: number; needsContext: boolean } | null {
    const m = this.word(k, "month");
    if (!m) return null;
    let end = m.end;
    const between = this.trimmedGap(end);
    if (between === "/" || between === "(") {
      const alt = this.word(end, "month");
      if (alt && alt.word.month === m.word.month) {
        end = alt.end;
        const close = this.tokens.text.slice(this.endOf(end)).trimStart();
        if (between === "(" && !close.startsWith(")")) return { month: m.word.month, end: m.end, needsContext: m.word.needsContext };
      }
    }
    return { month: m.word.month, end, needsContext: m.word.needsContext };
  }

  /** A year after a month: `2022`, `، 2022`, `عام 2017`, `من عام 2017`, `(مارس) 2022`. */
  protected yearAfter(j: number): { year: number | null; yearOffset?: number; end: number } | null {
    const between = this.trimmedGap(j);
    if (!(between === "" || between === "," || between === ")")) return null;
    let k = j;
    const of = this.word(k, "of-word");
    if (of && this.near(of.end)) k = of.end;
    // `آذار من العام الماضي`, `آب من هذا العام`: the year relative to publication.
    const relative = this.periodPhrase(k, k, null, false);
    if (relative && relative.head.type === "period" && relative.head.unit === "year") {
      return { year: null, yearOffset: relative.head.direction, end: relative.endToken };
    }
    const yw = this.word(k, "year-word");
    if (yw && this.near(yw.end)) k = yw.end;
    const year = this.yearAt(k);
    return year === null ? null : { year, end: k + 1 };
  }

  /** `2018.07.03`, `03/07/2018`, `3-7-2018`: day first unless the year comes first. */
  protected numericDate(j: number): DateParts | null {
    const a = this.tokens.texts[j];
    const b = this.tokens.texts[j + 1];
    const c = this.tokens.texts[j + 2];
    if (a === undefined || b === undefined || c === undefined || !DIGITS.test(a) || !DIGITS.test(b) || !DIGITS.test(c)) return null;
    const sep1 = this.tokens.text.slice(this.tokens.ends[j] ?? 0, this.tokens.starts[j + 1] ?? 0);
    const sep2 = this.tokens.text.slice(this.tokens.ends[j + 1] ?? 0, this.tokens.starts[j + 2] ?? 0);
    if (sep1 !== sep2 || !(sep1 === "." || sep1 === "/" || sep1 === "-")) return null;
    let year: number;
    let month: number;
    let day: number;
    if (a.length === 4) [year, month, day] = [Number(a), Number(b), Number(c)];
    else if (c.length === 4 || c.length === 2) [day, month, year] = [Number(a), Number(b), c.length === 2 ? 2000 + Number(c) : Number(c)];
    else return null;
    if (b.length > 2 || year < 1900 || year > 2099 || !isValidDate(year, month, day)) return null;
    return this.parts(j, this.tokens.starts[j] ?? 0, j + 3, { type: "date", year, month, day });
  }

  /** `[شهر] آذار [من] [عام] 2022`, `آذار الماضي`, `شهر تموز`: month precision. */
  protected monthPhrase(i: number, first: number, start: number | null): DateParts | null {
    let j = i;
    const mw = this.word(j, "month-word");
    if (mw && this.near(mw.end)) j = mw.end;
    const month = this.month(j);
    if (!month) return null;
    const s = start ?? mw?.start ?? this.word(j, "month")?.start ?? 0;
    const year = this.yearAfter(month.end);
    if (year) {
      const head: DateHead = { type: "month", year: year.year, month: month.month, direction: null };
      if (year.yearOffset !== undefined) head.yearOffset = year.yearOffset;
      return this.parts(first, s, year.end, head);
    }
    const dir = this.near(month.end) ? this.word(month.end, "direction") : null;
    if (dir && dir.word.direction !== 0) {
      return this.parts(first, s, dir.end, { type: "month", year: null, month: month.month, direction: dir.word.direction });
    }
    // `مارس` is also "he practised", `آب` "father": alone they need `شهر`, `في` or `منتصف` before them.
    if (month.needsContext && !mw && start === null && !(i > 0 && this.near(i) && this.word(i - 1, "year-preposition"))) return null;
    return this.parts(first, s, month.end, { type: "month", year: null, month: month.month, direction: null });
  }

  /** `عام 2020`, `العام 2018`; or four bare digits after `في`/`منذ`/`حتى` (the word stays out of the span). */
  protected yearPhrase(i: number): DateParts | null {
    const yw = this.word(i, "year-word");
    if (yw && this.near(yw.end)) {
      const year = this.yearAt(yw.end);
      if (year !== null) return this.parts(i, yw.start, yw.end + 1, { type: "year", year });
    }
    const prep = this.word(i, "year-preposition");
    if (prep && this.near(prep.end) && !this.word(prep.end, "part-of-period")) return this.bareYear(prep.end);
    return null;
  }


  protected bareYear(j: number): DateParts | null {
    const year = this.yearAt(j);
    if (year === null || this.numericDate(j)) return null;
    const after = this.tokens.texts[j + 1];
    if (after !== undefined && this.near(j + 1) && /^[\u0621-\u064a]/.test(after) && !this.numbers.notNoun.has(after)) return null;
    return this.parts(j, this.tokens.starts[j] ?? 0, j + 1, { type: "year", year });
  }

  /** `الأسبوع الماضي`, `الشهر الجاري`, `هذا العام`, and (after `منتصف` and the like) a bare `الشهر`. */
  protected periodPhrase(i: number, first: number, start: number | null, bareAllowed: boolean): DateParts | null {
    let j = i;
    const thisWord = this.word(j, "this");
    if (thisWord && this.near(thisWord.end)) j = thisWord.end;
    const period = this.word(j, "period");
    if (!period || period.word.unit === "hour" || period.word.unit === "day") return null;
    const unit = period.word.unit;
    const s = start ?? thisWord?.start ?? period.start;
    const dir = this.near(period.end) ? this.word(period.end, "direction") : null;
    if (dir) return this.parts(first, s, dir.end, { type: "period", unit, direction: dir.word.direction });
    if (thisWord || bareAllowed) return this.parts(first, s, period.end, { type: "period", unit, direction: 0 });
    return null;
  }
}
