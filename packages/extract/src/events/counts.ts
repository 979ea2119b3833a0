import type { Count, Span } from "@marsad/model";
import type { TextContext } from "../recognize/context";
import type { QuantitySpan } from "./inputs";
import type { CueOccurrence } from "./occurrences";

export type CasualtyKind = "killed" | "injured" | "captured" | "displaced" | "arrested";
export const CASUALTY_CUES: readonly CasualtyKind[] = ["killed", "injured", "captured", "displaced", "arrested"];

/** How far (characters) a count may stand after its casualty word, or before it. */
const AFTER_WINDOW = 45;
/** A count before its casualty word must stand right next to it (`ثلاثة جرحى`); further back it counts something else. */
const BEFORE_WINDOW = 3;
/** What may join two counts into one sum: `25 عنصراً مع صف ضابطين`, `ثلاثة مدنيين وطفلين`. */
const JOINER = /^[\s،,]*(مع|و|إضافة إلى|اضافة الى|بينهم)?[\s\u0600-\u06ff]{0,6}$/;

const BLANK = /^\s*$/;

export interface CasualtyCount {
  kind: CasualtyKind;
  cue: CueOccurrence;
  count: Count;
  evidence: Span;
  /** The counted noun, when known (`مدني`, `عنصراً`). */
  noun: string | null;
}

const CASUALTY: ReadonlySet<string> = new Set(CASUALTY_CUES);

function isCasualty(cue: CueOccurrence): boolean {
  return CASUALTY.has(cue.cue);
}

const ONE: Count = { count: 1, min: 1, max: 1, exact: true };

export const VAGUE: Count = { count: null, min: null, max: null, exact: false };

/** Each casualty word of a sentence with the count it governs, summing counts joined by `مع` or `و`. */
export function casualtyCounts(ctx: TextContext, cues: readonly CueOccurrence[], quantities: readonly QuantitySpan[]): CasualtyCount[] {
  const out: CasualtyCount[] = [];
  const casualties = cues.filter(isCasualty);
  for (const cue of casualties) {
    const kind = cue.cue as CasualtyKind;
    // A count after the next casualty word is that word's (`مقتل مدني وإصابة ثلاثة آخرين`).
    const nextCue = casualties.find((c) => c !== cue && c.span.start >= cue.span.end);
    const limit = Math.min(cue.span.end + AFTER_WINDOW, nextCue?.span.start ?? Number.POSITIVE_INFINITY);
    const after: QuantitySpan[] = [];
    let before: QuantitySpan | undefined;
    for (const q of quantities) {
      if (q.start >= cue.span.end && q.start <= limit && !crossesClause(ctx, cue.span.end, q.start)) after.push(q);
      // The window first: it spares slicing the body up to every earlier count.
      if (q.nounEnd <= cue.span.start && cue.span.start - q.nounEnd <= BEFORE_WINDOW && BLANK.test(ctx.body.slice(q.nounEnd, cue.span.start))) before = q;
    }
    const first = after[0] ?? before;
    if (!first) {
      // `مقتل مدني`, `إصابة طفل`: a singular noun right after the casualty word counts one.
      const single = cues.find((c) => c.cue === "one-person" && c.span.start >= cue.span.end && BLANK.test(ctx.body.slice(cue.span.end, c.span.start)));
      out.push(
        single
          ? { kind, cue, count: ONE, evidence: { start: cue.span.start, end: single.span.end }, noun: ctx.body.slice(single.span.start, single.span.end) }
          : { kind, cue, count: VAGUE, evidence: cue.span, noun: null },
      );
      continue;
    }
    const parts = [first];
    for (let i = after.indexOf(first) + 1; i < after.length; i++) {
      const next = after[i] as QuantitySpan;
      const last = parts[parts.length - 1] as QuantitySpan;
      if (!JOINER.test(ctx.body.slice(last.nounEnd, next.start))) break;
      // `150 مدنياً ونزوح 100 ألف`: another casualty word in between starts a count of its own.
      if (casualties.some((c) => c !== cue && c.span.start >= last.nounEnd && c.span.end <= next.start)) break;
      parts.push(next);
    }
    const last = parts[parts.length - 1] as QuantitySpan;
    out.push({
      kind,
      cue,
      count: sumCounts(parts),
      evidence: { start: Math.min(cue.span.start, first.start), end: Math.max(cue.span.end, last.nounEnd) },
      noun: first.noun,
    });
  }
  return out;
}

function crossesClause(ctx: TextContext, from: number, to: number): boolean {
  return /[.؛;!?؟\n]/.test(ctx.body.slice(from, to));
}

/** The sum of several counts: exact only if every part is; bounds add where all parts have them. */
export function sumCounts(parts: readonly Count[]): Count {
  if (parts.length === 1) {
    const only = parts[0] as Count;
    return { count: only.count, min: only.min, max: only.max, exact: only.exact };
  }
  const total = (pick: (c: Count) => number | null) => {
    let sum = 0;
    for (const part of parts) {
      const value = pick(part);
      if (value === null) return null;
      sum += value;
    }
    return sum;
  };
  const count = total((c) => c.count);
  const min = total((c) => c.min ?? c.count);
  const max = total((c) => c.max ?? c.count);
  return { count, min, max, exact: parts.every((p) => p.exact) };
}

/** Two counts of one thing: keep the one that says more (a number over a vague amount, the larger number). */
export function preferCount(a: Count | null, b: Count | null): Count | null {
  if (!a) return b;
  if (!b) return a;
  const value = (c: Count) => c.count ?? c.min ?? c.max ?? -1;
  return value(b) > value(a) ? b : a;
}
