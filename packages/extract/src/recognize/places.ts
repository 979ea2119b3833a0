import type { Mention, Place, Span } from "@marsad/model";
import type { PlaceEntry } from "../lexicon/types";
import type { TextContext } from "./context";
import { type PlaceCandidate, placeCandidates } from "./places-candidates";
import { type Direction, defaultPlaceCues, type PlaceCues } from "./places-cues";
import { geoPrecisionOf } from "./places-precision";
import { type DirectionWords, directionRegion } from "./places-regions";
import { chooseEntry, type GeoEvidence, isPersonForm, isWeakForm, singleCluster } from "./places-resolve";
import { CueReader } from "./places-tokens";
import { bodySpan, mention, sentenceIndexAt } from "./spans";

/** What the words around a place mention said, for the event layer. */
export interface PlaceMentionDetail {
  /** The trigger word before the name (`مدينة`, `حاجز`), as it appears in the matching key. */
  readonly trigger: string | null;
  /** `حاجز X`: a checkpoint at X. */
  readonly checkpoint: boolean;
  /** `قرب X`, `محيط X`: near the place rather than in it. */
  readonly near: boolean;
  /** A region given by a direction from a place (`غربي درعا`). */
  readonly direction: Direction | null;
}

export interface PlaceRecognition {
  /** Place mentions in body order; `ref` is the id of an entry of `places`. */
  readonly mentions: Mention[];
  /** Same length as `mentions`. */
  readonly details: PlaceMentionDetail[];
  /** Each place once: localities first, then sub-districts and districts, then governorates, regions and countries; each group in order of first mention. */
  readonly places: Place[];
  /** The governorate (admin1 P-code) the article is mostly about, or null. */
  readonly focus: string | null;
}

type Verdict = "yes" | "no" | "pending";

/**
 * Recognizes the places an article names, from the shared lexicon scan: trigger words and clitics, homonyms
 * chosen by the governorate in focus and the places around them, ordinary words and given names kept out
 * unless the context says "place", and direction phrases turned into regions.
 */
export function recognizePlaces(ctx: TextContext, cues: PlaceCues = defaultPlaceCues()): PlaceRecognition {
  const reader = new CueReader(ctx.tokens, cues);
  const stopForms = cues.keysOf.get("stop") ?? new Set<string>();
  const candidates = placeCandidates(ctx, reader);
  const triggers = candidates.map((c) => c.trigger);
  const verdicts = judge(candidates, stopForms, triggers);

  const accepted = candidates.flatMap((c, i) => (verdicts[i] === "yes" ? [{ c: { ...c, trigger: triggers[i] ?? null }, i }] : []));
  const focus = focusOf(accepted.map(({ c }) => c));
  const evidence: GeoEvidence = { focus, sentenceClusters: sentenceClusters(ctx, reader, accepted.map(({ c }) => c)) };

  const out = new Output(ctx);
  for (const { c } of accepted) {
    const entry = chooseEntry(c, evidence);
    if (!entry) continue;
    out.add(c.span, entry, {
      trigger: c.trigger?.form ?? null,
      checkpoint: c.trigger?.checkpoint === true,
      near: c.near,
      direction: null,
    });
    const region = regionPhrase(ctx, reader, c);
    if (region) {
      out.add(region.span, directionRegion(ctx.lexicons, entry, region.words), {
        trigger: null,
        checkpoint: false,
        near: false,
        direction: region.words?.direction ?? null,
      });
    }
  }
  provinceDirections(ctx, reader, focus, out);
  return out.result(focus);
}

/** Accepts names outright, rejects ordinary words and given names without place context, defers the rest to their neighbours. */
function judge(candidates: readonly PlaceCandidate[], stopForms: ReadonlySet<string>, triggers: (PlaceCandidate["trigger"])[]): Verdict[] {
  const verdicts: Verdict[] = [];
  candidates.forEach((c, i) => {
    const previous = candidates[i - 1];
    const coordinated = previous !== undefined && verdicts[i - 1] === "yes" && c.coordinatedWithPrevious && previous.hit.endToken === c.hit.firstToken;
    // A list after a plural trigger (`بلدات طفس والمزيريب`) shares the trigger.
    if (coordinated && !c.trigger && triggers[i - 1]) triggers[i] = triggers[i - 1] ?? null;
    verdicts.push(verdictOf(c, stopForms, triggers[i] ?? null, coordinated));
  });
  candidates.forEach((c, i) => {
    if (verdicts[i] !== "pending") return;
    const next = candidates[i + 1];
    const listed = next !== undefined && verdicts[i + 1] === "yes" && next.coordinatedWithPrevious && next.hit.firstToken === c.hit.endToken;
    verdicts[i] = listed ? "yes" : "no";
  });
  return verdicts;
}

function verdictOf(c: PlaceCandidate, stopForms: ReadonlySet<string>, trigger: PlaceCandidate["trigger"], coordinated: boolean): Verdict {
  if (c.clockBefore) return "no";
  const placed = trigger !== null || c.locatedAfter || c.directionBefore !== null || c.near;
  // An outlet or actor of the same name wins (`الوطن`, `درعا 24`), unless the words around say place (`مدينة الميادين`).
  if ((c.outlet || c.actor) && !placed) return "no";
  if (isPersonForm(c)) {
    if (c.personContext && !trigger) return "no";
    return placed || c.locativeBefore || c.boundaryAfter || coordinated ? "yes" : "pending";
  }
  if (isWeakForm(c, stopForms)) {
    if (c.personContext && !trigger) return "no";
    return placed || coordinated ? "yes" : "pending";
  }
  return "yes";
}

/** The governorate most named by places that have no homonym elsewhere; ties go to the first named. */
function focusOf(accepted: readonly PlaceCandidate[]): string | null {
  const counts = new Map<string, number>();
  for (const c of accepted) {
    const cluster = singleCluster(c);
    if (cluster && !cluster.startsWith("country:")) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  let focus: string | null = null;
  let most = 0;
  for (const [cluster, count] of counts) {
    if (count > most) {
      focus = cluster;
      most = count;
    }
  }
  return focus;
}

function sentenceClusters(ctx: TextContext, reader: CueReader, accepted: readonly PlaceCandidate[]): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  const add = (sentence: number, cluster: string) => {
    const map = out.get(sentence) ?? new Map<string, number>();
    map.set(cluster, (map.get(cluster) ?? 0) + 1);
    out.set(sentence, map);
  };
  for (const c of accepted) {
    const cluster = singleCluster(c);
    if (cluster) add(c.sentence, cluster);
    // A country named outright (`لبنان`) is evidence for its places too.
    for (const e of c.entries) if (e.kind === "country") add(c.sentence, `country:${e.country ?? "SY"}`);
  }
  for (let i = 0; i < reader.count; i++) {
    if (!reader.mayCarry(i, "demonym")) continue;
    const [demonym] = reader.at(i, "demonym");
    if (!demonym) continue;
    const start = bodySpan(ctx, ctx.tokens.starts[i] ?? 0, ctx.tokens.ends[i] ?? 0).start;
    add(sentenceIndexAt(ctx, start), `country:${demonym.country}`);
  }
  return out;
}

/** The span and direction of `غربي X`, `ريف X`, `ريف X الغربي` around a candidate, if any. */
function regionPhrase(ctx: TextContext, reader: CueReader, c: PlaceCandidate): { span: Span; words: DirectionWords | null } | null {
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
function provinceDirections(ctx: TextContext, reader: CueReader, focus: string | null, out: Output): void {
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

/** Collects mentions and the places they resolve to, each place once. */
class Output {
  private readonly mentions: { mention: Mention; detail: PlaceMentionDetail }[] = [];
  private readonly places = new Map<string, Place>();
  constructor(private readonly ctx: TextContext) {}

  add(span: Span, entry: PlaceEntry, detail: PlaceMentionDetail): void {
    this.mentions.push({ mention: mention(this.ctx, "place", span, entry.id), detail });
    if (!this.places.has(entry.id)) this.places.set(entry.id, toPlace(entry));
  }

  /** The governorate of the last mention that starts in `[from, before)`, if any. */
  admin1Before(before: number, from: number): string | null {
    let best: { start: number; admin1: string } | null = null;
    for (const { mention } of this.mentions) {
      if (mention.start < from || mention.start >= before || !mention.ref) continue;
      const admin1 = this.places.get(mention.ref)?.admin1;
      if (admin1 && (!best || mention.start > best.start)) best = { start: mention.start, admin1 };
    }
    return best?.admin1 ?? null;
  }

  result(focus: string | null): PlaceRecognition {
    const sorted = [...this.mentions].sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
    const order = new Map<string, number>();
    for (const { mention } of sorted) if (mention.ref && !order.has(mention.ref)) order.set(mention.ref, order.size);
    const places = [...this.places.values()].sort(
      (a, b) => geoPrecisionOf(a) - geoPrecisionOf(b) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
    return { mentions: sorted.map((m) => m.mention), details: sorted.map((m) => m.detail), places, focus };
  }
}

function toPlace(entry: PlaceEntry): Place {
  return {
    id: entry.id,
    name: entry.name,
    nameEn: entry.nameEn,
    kind: entry.kind,
    lat: entry.lat,
    lon: entry.lon,
    admin1: entry.admin1,
    admin2: entry.admin2,
    admin3: entry.admin3,
  };
}

