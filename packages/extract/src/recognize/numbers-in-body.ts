import type { Mention } from "@marsad/model";
import type { DateSpan, QuantitySpan } from "../events/inputs";
import type { TextContext } from "./context";
import { dayNumber, isoDate } from "./date-arith";
import type { DateParts } from "./date-parse";
import { type DateExpression, readDates, resolveDates } from "./dates";
import { findQuantities } from "./quantities";
import { bodySpan, mention } from "./spans";

/** Quantities of the body in body offsets, with mentions. */
export function bodyQuantities(ctx: TextContext): { spans: QuantitySpan[]; mentions: Mention[] } {
  const spans = findQuantities(ctx.tokens).map((q) => {
    const span = bodySpan(ctx, q.start, q.end);
    const nounEnd = q.nounStart !== undefined && q.nounEnd !== undefined ? bodySpan(ctx, q.nounStart, q.nounEnd).end : span.end;
    // Fields written out, not spread: a spread followed by more fields built slow dictionary-mode objects.
    return { start: span.start, end: span.end, count: q.count, min: q.min, max: q.max, exact: q.exact, noun: q.noun ?? null, nounEnd: Math.max(nounEnd, span.end) };
  });
  return { spans, mentions: spans.map((s) => mention(ctx, "quantity", { start: s.start, end: s.end }, null)) };
}

/** A Sunday (a day number): stand-in publication days are built from it. */
const STAND_IN_SUNDAY = dayNumber(2001, 1, 7);

/**
 * With no publication date, relative dates stay unresolved, yet `اليوم` and `السبت` are still different days.
 * They are read against a stand-in day (with the weekday the text gives today, if it does) to tell them apart.
 */
function standInAnchor(read: readonly DateParts[]): string {
  const today = read.find((d) => d.weekday !== undefined && d.relativeDay === 0);
  return isoDate(STAND_IN_SUNDAY + (today?.weekday ?? 0));
}

/** The body's date expressions as read, unresolved: the publication date's "today" and `bodyDates` share one reading. */
export function readBodyDates(ctx: Pick<TextContext, "key" | "tokens">): DateParts[] {
  return readDates(ctx.key.text, ctx.tokens);
}

/** Date expressions of the body in body offsets, resolved against the publication date, with mentions. */
export function bodyDates(ctx: TextContext, read: readonly DateParts[] = readBodyDates(ctx)): { spans: DateSpan[]; mentions: Mention[] } {
  // With no publication date, resolving against a stand-in day gives every relative date a grouping key;
  // their values are then withheld, since the real day is unknown. The text is read once either way.
  const standIn = ctx.published ? null : standInAnchor(read);
  const expressions = resolveDates(read, ctx.published ?? standIn);
  const spans = expressions.map((d) => {
    const span = bodySpan(ctx, d.start, d.end);
    const known = standIn === null || !d.relative;
    const value = known ? d.value : null;
    return {
      start: span.start,
      end: span.end,
      value,
      precision: value === null ? ("unknown" as const) : d.precision,
      text: ctx.body.slice(span.start, span.end),
      duration: isDuration(d),
      relative: d.relative,
      key: value ?? (d.value ? `relative:${d.value}` : null),
    };
  });
  return { spans, mentions: spans.map((s) => mention(ctx, "date", { start: s.start, end: s.end }, s.value)) };
}

/** `منذ 15 يوماً`, `قبل أسبوعين`: a stretch of time counted back, the mark of a running campaign's total. */
function isDuration(expression: DateExpression): boolean {
  return expression.span?.direction === -1 && expression.span.amount !== null;
}
