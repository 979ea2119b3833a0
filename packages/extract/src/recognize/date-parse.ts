import type { LexiconHit } from "../lexicon/trie";
import type { Tokens } from "../normalize/tokens";
import { isValidDate } from "./date-arith";
import type { CalendarLexicon, CalendarWord, PartOfDay, PeriodPart, PeriodUnit } from "./date-lexicon";
import type { NumberLexicon } from "./number-words";
import { hitAt, readNumberAt } from "./number-words-parse";

/** What a date expression says, before it is resolved against a publication date. */
export type DateHead =
  /** A day of a month; `year` null when the text leaves it out (`الثلاثاء 15 من آذار`). */
  | { type: "date"; year: number | null; month: number; day: number; yearOffset?: number }
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

type Kind = CalendarWord["kind"];
type WordOf<K extends Kind> = Extract<CalendarWord, { kind: K }>;
interface Match<K extends Kind> {
  readonly word: WordOf<K>;
  readonly end: number;
  readonly start: number;
  readonly hit: LexiconHit<CalendarWord>;
}

const DIGITS = /^\d+$/;

/** Reads date expressions at token positions; one instance per text. */
export class DateReader {
  /** Trie hits by token, looked up once: `null` none, `undefined` not looked up yet. */
  private readonly hits: Array<LexiconHit<CalendarWord> | null | undefined>;

  constructor(
    private readonly tokens: Tokens,
    private readonly lex: CalendarLexicon,
    private readonly numbers: NumberLexicon,
  ) {
    this.hits = new Array(tokens.count);
  }

  private hit(j: number): LexiconHit<CalendarWord> | null {
    const cached = this.hits[j];
    if (cached !== undefined) return cached;
    const token = this.tokens.texts[j];
    const found = token !== undefined && this.lex.words.mayStart(token) ? (hitAt(this.lex.trie, this.tokens, j) ?? null) : null;
    this.hits[j] = found;
    return found;
  }

  /** The calendar word of kind `kind` at token `j`. */
  private word<K extends Kind>(j: number, kind: K): Match<K> | null {
    const hit = this.hit(j);
    if (!hit) return null;
    const word = hit.values.find((v): v is WordOf<K> => v.kind === kind);
    if (!word) return null;
    return { word, end: hit.endToken, start: (this.tokens.starts[j] ?? 0) + hit.prefixLength, hit };
  }

  /** Text between tokens `j - 1` and `j`: "space" (spaces only), "comma" (one comma), or "other". */
  private gap(j: number): "space" | "comma" | "other" {
    if (j <= 0 || j >= this.tokens.count) return "other";
    const between = this.tokens.text.slice(this.tokens.ends[j - 1] ?? 0, this.tokens.starts[j] ?? 0);
    if (between.length > 4) return "other";
    const trimmed = between.trim();
    if (trimmed === "") return between.length > 0 ? "space" : "other";
    if (trimmed === ",") return "comma";
    return "other";
  }

  private near(j: number): boolean {
    return this.gap(j) === "space";
  }

  private digitsAt(j: number): number | null {
    const text = this.tokens.texts[j];
    return text !== undefined && DIGITS.test(text) ? Number(text) : null;
  }

  private yearAt(j: number): number | null {
    const text = this.tokens.texts[j] ?? "";
    if (text.length !== 4) return null;
    const year = this.digitsAt(j);
    return year !== null && year >= 1900 && year <= 2099 ? year : null;
  }

  private endOf(j: number): number {
    return this.tokens.ends[j - 1] ?? 0;
  }

  private parts(first: number, start: number, endToken: number, head: DateHead, extra: Partial<DateParts> = {}): DateParts {
    return { firstToken: first, endToken, start, end: this.endOf(endToken), head, ...extra };
  }

  get count(): number {
    return this.tokens.count;
  }

  /** The date expression starting at token `i`, or null. Every expression starts with a calendar word or digits. */
  readAt(i: number): DateParts | null {
    const token = this.tokens.texts[i] ?? "";
    const first = token.charCodeAt(0);
    if (!(first >= 0x30 && first <= 0x39) && (!this.lex.starters.mayStart(token) || this.hit(i) === null)) return null;
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
  private partOfPeriod(i: number): DateParts | null {
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
    return { ...inner, firstToken: i, start: pp.start, part: pp.word.part };
  }

  /** `صيف عام 2018`, `صيف 2018`, `صيف العام الماضي`, `الصيف الماضي`: the season's year (see dates.ts). */
  private season(i: number): DateParts | null {
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
  private dayExpression(i: number): DateParts | null {
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
    const extra: Partial<DateParts> = pod && prefixed ? { partOfDay: pod.word.part } : {};
    const ana = this.word(j, "anaphoric-day");
    if (ana) return this.parts(i, start ?? ana.start, ana.end, { type: "anaphoric-day", offset: ana.word.offset }, extra);
    const rel = this.word(j, "relative-day");
    if (rel && this.isRelativeDay(j, rel)) {
      const after = this.weekdayAndDate(rel.end, true);
      const head: DateHead = after?.date ?? { type: "relative-day", offset: rel.word.offset };
      const weekday = after?.weekday === undefined ? {} : { weekday: after.weekday };
      const trail = prefixed ? null : this.trailingPart(after?.end ?? rel.end);
      const part = trail ? { partOfDay: trail.part } : extra;
      return this.parts(i, start ?? rel.start, trail?.end ?? after?.end ?? rel.end, head, { ...part, ...weekday, relativeDay: rel.word.offset });
    }
    const wd = this.word(j, "weekday");
    if (wd) {
      const night = pod?.word.eve === true && prefixed ? this.secondWeekday(wd.end, wd.word.weekday) : null;
      if (night !== null) return this.parts(i, start ?? wd.start, night, { type: "weekday", direction: null }, { ...extra, weekday: wd.word.weekday });
      let end = wd.end;
      const dir = this.near(end) ? this.word(end, "direction") : null;
      if (dir && dir.word.direction !== 0) end = dir.end;
      const date = dir ? null : this.explicitDateAfter(end);
      const trail = prefixed || date ? null : this.trailingPart(end);
      if (wd.word.ambiguous && !prefixed && !dir && !date && !trail && !this.weekdayContext(j, wd.end)) return null;
      const eve = pod?.word.eve === true && prefixed;
      const head: DateHead = date?.head ?? { type: "weekday", direction: dir && dir.word.direction !== 0 ? dir.word.direction : null };
      const part = trail ? { partOfDay: trail.part } : extra;
      return this.parts(i, start ?? wd.start, date?.endToken ?? trail?.end ?? end, head, { ...part, weekday: wd.word.weekday, ...(eve ? { eve } : {}) });
    }
    const date = this.explicitDate(j) ?? (prefixed ? this.numericDate(j) : null);
    if (date) return { ...date, firstToken: i, start: start ?? date.start, ...extra };
    return null;
  }

  /** `صباحاً`, `مساءً` after a day. */
  private trailingPart(j: number): { part: PartOfDay; end: number } | null {
    const after = this.near(j) ? this.word(j, "part-of-day-after") : null;
    if (!after) return null;
    // `أمس مساء الأحد`: a part of day that opens the next expression is not this one's.
    if (this.near(after.end) && (this.word(after.end, "weekday") || this.word(after.end, "relative-day"))) return null;
    return { part: after.word.part, end: after.end };
  }

  /** `ليلة السبت الأحد`, `ليلة السبت على الأحد`, `ليلة السبت-الأحد`: the night starts on the first day; its end token. */
  private secondWeekday(j: number, first: number): number | null {
    const between = this.tokens.text.slice(this.endOf(j), this.tokens.starts[j] ?? 0).trim();
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
  private isRelativeDay(j: number, rel: Match<"relative-day">): boolean {
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
  private weekdayAndDate(j: number, allowComma: boolean): { end: number; weekday?: number; date?: DateHead } | null {
    const g = this.gap(j);
    if (!(g === "space" || (allowComma && g === "comma"))) return null;
    const wd = this.word(j, "weekday");
    if (!wd) return null;
    // `أمس، السبت الفائت`: a weekday with its own direction is a second expression.
    if (this.near(wd.end) && this.word(wd.end, "direction")) return null;
    const date = this.explicitDateAfter(wd.end);
    return { end: date?.endToken ?? wd.end, weekday: wd.word.weekday, ...(date ? { date: date.head } : {}) };
  }

  /** A day and month right after a weekday (`الثلاثاء 15 من آذار`, `الأربعاء، الموافق 15 آذار 2022`). */
  private explicitDateAfter(j: number): DateParts | null {
    const g = this.gap(j);
    if (g === "other") return null;
    const same = this.word(j, "same-as");
    const k = same && this.near(same.end) ? same.end : j;
    return this.explicitDate(k) ?? this.numericDate(k);
  }

  /** `الأحد` and `الاثنين` are also "the one" and "the two": a weekday only beside punctuation or after a preposition. */
  private weekdayContext(j: number, end: number): boolean {
    const text = this.tokens.text;
    let b = (this.tokens.starts[j] ?? 0) - 1;
    while (b >= 0 && text[b] === " ") b--;
    if (b < 0 || ",.;:(\n".includes(text[b] ?? "")) return true;
    let a = this.endOf(end);
    while (a < text.length && text[a] === " ") a++;
    if (a >= text.length || ",.;:)\n".includes(text[a] ?? "")) return true;
    return j > 0 && this.near(j) && this.word(j - 1, "year-preposition") !== null;
  }

  /** `15 من آذار 2022`, `15 آذار/مارس 2022`, `15 آذار`, `الأول من نيسان`. */
  private explicitDate(j: number): DateParts | null {
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
    const offset = year?.yearOffset === undefined ? {} : { yearOffset: year.yearOffset };
    return this.parts(j, first, year?.end ?? month.end, { type: "date", year: y, month: month.month, day, ...offset });
  }

  /** A month name, with an optional second name of the same month (`آذار/مارس`, `آذار (مارس)`). */
  private month(k: number): { month: number; end: number; needsContext: boolean } | null {
    const m = this.word(k, "month");
    if (!m) return null;
    let end = m.end;
    const between = this.tokens.text.slice(this.endOf(end), this.tokens.starts[end] ?? 0).trim();
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
  private yearAfter(j: number): { year: number | null; yearOffset?: number; end: number } | null {
    const between = this.tokens.text.slice(this.endOf(j), this.tokens.starts[j] ?? 0).trim();
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
  private numericDate(j: number): DateParts | null {
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
  private monthPhrase(i: number, first: number, start: number | null): DateParts | null {
    let j = i;
    const mw = this.word(j, "month-word");
    if (mw && this.near(mw.end)) j = mw.end;
    const month = this.month(j);
    if (!month) return null;
    const s = start ?? mw?.start ?? this.word(j, "month")?.start ?? 0;
    const year = this.yearAfter(month.end);
    if (year) {
      const offset = year.yearOffset === undefined ? {} : { yearOffset: year.yearOffset };
      return this.parts(first, s, year.end, { type: "month", year: year.year, month: month.month, direction: null, ...offset });
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
  private yearPhrase(i: number): DateParts | null {
    const yw = this.word(i, "year-word");
    if (yw && this.near(yw.end)) {
      const year = this.yearAt(yw.end);
      if (year !== null) return this.parts(i, yw.start, yw.end + 1, { type: "year", year });
    }
    const prep = this.word(i, "year-preposition");
    if (prep && this.near(prep.end) && !this.word(prep.end, "part-of-period")) return this.bareYear(prep.end);
    return null;
  }

  private bareYear(j: number): DateParts | null {
    const year = this.yearAt(j);
    if (year === null || this.numericDate(j)) return null;
    const after = this.tokens.texts[j + 1];
    if (after !== undefined && this.near(j + 1) && /^[\u0621-\u064a]/.test(after) && !this.numbers.notNoun.has(after)) return null;
    return this.parts(j, this.tokens.starts[j] ?? 0, j + 1, { type: "year", year });
  }

  /** `الأسبوع الماضي`, `الشهر الجاري`, `هذا العام`, and (after `منتصف` and the like) a bare `الشهر`. */
  private periodPhrase(i: number, first: number, start: number | null, bareAllowed: boolean): DateParts | null {
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

  /** `منذ 15 يوماً`, `قبل يومين`, `بعد أسبوع`, `منذ ساعات`; `بعد يومين على …` counts from another event. */
  private ago(i: number): DateParts | null {
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
