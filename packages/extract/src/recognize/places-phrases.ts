import type { Span } from "@marsad/model";
import type { PlaceEntry } from "../lexicon/types";
import type { TextContext } from "./context";
import type { PlaceCandidate } from "./places-candidates";
import type { PlaceMentionDetail, PlaceOutput } from "./places-output";
import { type DirectionWords, directionRegion } from "./places-regions";
import type { CueReader } from "./places-tokens";
import { bodySpan, sentenceIndexAt } from "./spans";

/** The span and direction of `غربي X`, `ريف X`, `ريف X الغربي` around a candidate, if any. */
export function regionPhrase(ctx: TextContext, reader: CueReader, c: PlaceCandidate): { span: Span; words: DirectionWords | null } | null {
  const start = c.phraseStart ? tokenStart(ctx, c.phraseStart.token, c.phraseStart.prefixLength) : c.span.start;
  const afterEnd = c.directionAfter ? tokenEnd(ctx, c.directionAfter.endToken - 1) : c.span.end;
  if (c.directionBefore) return { span: { start, end: c.span.end }, words: c.directionBefore };
  if (c.trigger?.countryside) return { span: { start, end: afterEnd }, words: c.directionAfter?.words ?? null };
  // `ريف دمشق الغربي`: the governorate's own name begins with ريف.
  const named = c.entries.some((e) => e.kind === "governorate" && reader.at(c.hit.firstToken, "trigger").some((t) => t.countryside));
  if (named && c.directionAfter) return { span: { start: c.span.start, end: afterEnd }, words: c.directionAfter.words };
  return null;
}

/** `غربي المحافظة`, `ريف المحافظة الشمالي`, `الريف الغربي`, `ريفها`: a region of the governorate meant. */
export function provinceDirections(ctx: TextContext, reader: CueReader, focus: string | null, out: PlaceOutput): void {
  const inFocus = focus ? ctx.lexicons.places.get(focus) : undefined;
  // The governorate meant: that of the last place named earlier in the sentence, else the article's focus.
  const governorateAt = (token: number): PlaceEntry | undefined => {
    const at = bodySpan(ctx, ctx.tokens.starts[token] ?? 0, ctx.tokens.ends[token] ?? 0).start;
    const sentence = ctx.sentences[sentenceIndexAt(ctx, at)];
    const nearby = out.admin1Before(at, sentence?.start ?? at);
    return (nearby ? ctx.lexicons.places.get(nearby) : undefined) ?? inFocus;
  };
  const detail = (words: DirectionWords | null): PlaceMentionDetail => ({
    trigger: null,
    checkpoint: false,
    near: false,
    direction: words?.direction ?? null,
  });
  for (let i = 0; i < reader.count; i++) {
    if (reader.mayCarry(i, "focus_countryside") && reader.at(i, "focus_countryside").length > 0) {
      const governorate = governorateAt(i);
      if (!governorate) continue;
      const [after] = reader.linked(i) ? reader.at(i + 1, "direction_after") : [];
      const span = { start: tokenStart(ctx, i, reader.reading(i, "focus_countryside")?.prefixLength ?? 0), end: tokenEnd(ctx, after ? i + 1 : i) };
      out.add(span, directionRegion(ctx.lexicons, governorate, after ?? null), detail(after ?? null));
      continue;
    }
    if (!reader.mayCarry(i, "province") || reader.at(i, "province").length === 0 || !reader.linked(i - 1)) continue;
    const [dir] = reader.at(i - 1, "direction");
    const countryside = reader.at(i - 1, "trigger").some((t) => t.countryside);
    const [after] = countryside && reader.linked(i) ? reader.at(i + 1, "direction_after") : [];
    const words = dir ?? after;
    const governorate = words ? governorateAt(i) : undefined;
    if (!words || !governorate) continue;
    const prefix = reader.reading(i - 1, dir ? "direction" : "trigger")?.prefixLength ?? 0;
    const span = { start: tokenStart(ctx, i - 1, prefix), end: tokenEnd(ctx, dir ? i : i + 1) };
    out.add(span, directionRegion(ctx.lexicons, governorate, words), detail(words));
  }
}

function tokenStart(ctx: TextContext, token: number, prefixLength: number): number {
  const start = (ctx.tokens.starts[token] ?? 0) + prefixLength;
  return bodySpan(ctx, start, start + 1).start;
}
function tokenEnd(ctx: TextContext, token: number): number {
  const end = ctx.tokens.ends[token] ?? 0;
  return bodySpan(ctx, end - 1, end).end;
}
