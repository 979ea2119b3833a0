import type { Mention, Source } from "@marsad/model";
import type { LexiconHit } from "../lexicon/trie";
import type { LexiconValue } from "../lexicon/types";
import { type ActorsResult, recognizeActors } from "./actors";
import type { TextContext } from "./context";
import { sourceCues } from "./sources-data";
import { hitSpan, mention, sentenceIndexAt } from "./spans";
import { sameClause, tokenIs } from "./tokens-near";

/** A claim's origin in one sentence: an outlet or monitor of the registry, or an actor speaking for itself. */
export interface Attribution {
  readonly source: string;
  readonly kind: "outlet" | "actor";
  readonly sentence: number;
}

export interface SourcesResult {
  /** Outlet mentions that attribute a claim (`بحسب "تجمع أحرار حوران"`); `ref` is the outlet id. */
  readonly mentions: Mention[];
  /** Outlets and monitors cited as sources, one entry each, in order of first citation. */
  readonly sources: Source[];
  /** Actors cited as the source of a statement (`قالت "العمليات المركزية"`): named in `actors`, not in `sources`. */
  readonly speakers: Source[];
  readonly attributions: Attribution[];
}

/** How many words may stand between an attribution cue and the name it governs (`ذكرت صحيفة "الوطن"`). */
const CUE_REACH = 3;

/**
 * Attributions: an outlet or an actor right after a cue (`بحسب X`, `وفق X`, `نقل X عن`, `ذكرت X`, `قال X`) is the
 * source of that sentence and of the sentences after it that open with a continuation (`وأضاف`, `ولفتت`).
 * An outlet spoken *to* (`مصادر محلية لأورينت نت`, `لموقع "السورية نت"`) is the publisher, not a source.
 * Unnamed sources (`مصادر محلية`, `ناشطون`) give no source: nothing names them. Actor speakers are taken from the
 * actor recognizer's result (so `التحالف الوطني` is not the coalition, and the Russian delegation is Russia).
 */
export function recognizeSources(ctx: TextContext, actors: ActorsResult = recognizeActors(ctx)): SourcesResult {
  const actorAt = new Map<number, string>();
  for (const m of actors.mentions) if (m.ref) actorAt.set(m.start, m.ref);
  const actorById = new Map(actors.actors.map((a) => [a.id, a]));
  const mentions: Mention[] = [];
  const sources = new Map<string, Source>();
  const speakers = new Map<string, Source>();
  const bySentence = new Map<number, Attribution[]>();

  for (const hit of ctx.hits) {
    const cited = citedValue(hit);
    if (!cited || addressed(ctx, hit) || !governedByCue(ctx, hit)) continue;
    const span = hitSpan(ctx, hit);
    const sentence = sentenceIndexAt(ctx, span.start);
    const kind = cited.kind;
    let id: string;
    if (cited.kind === "outlet") {
      const { entry } = cited;
      id = entry.id;
      mentions.push(mention(ctx, "source", span, id));
      if (!sources.has(id)) sources.set(id, { id, name: entry.name, nameEn: entry.nameEn });
    } else {
      const actor = actorById.get(actorAt.get(span.start) ?? "");
      if (!actor) continue;
      id = actor.id;
      if (!speakers.has(id)) speakers.set(id, { id, name: actor.name, nameEn: actor.nameEn });
    }
    const list = bySentence.get(sentence) ?? [];
    if (!list.some((a) => a.source === id)) list.push({ source: id, kind, sentence });
    bySentence.set(sentence, list);
  }
  return { mentions, sources: [...sources.values()], speakers: [...speakers.values()], attributions: carryOver(ctx, bySentence) };
}

type Cited = Extract<LexiconValue, { kind: "outlet" | "actor" }>;

/** An outlet reading wins over an actor reading of the same words. */
function citedValue(hit: LexiconHit<LexiconValue>): Cited | undefined {
  let actor: Cited | undefined;
  for (const value of hit.values) {
    if (value.kind === "outlet") return value;
    if (value.kind === "actor") actor = value;
  }
  return actor;
}

/** `لأورينت نت`, `لموقع "السورية نت"`: told *to* the outlet, unless `ل` belongs to `وفقاً لـ`. */
function addressed(ctx: TextContext, hit: LexiconHit<LexiconValue>): boolean {
  const cues = sourceCues();
  const clitic = (ctx.tokens.texts[hit.firstToken] ?? "").slice(0, hit.prefixLength);
  const before = hit.firstToken - 1;
  const joinedBefore = before >= 0 && sameClause(ctx, before, hit.firstToken);
  const afterAccordingTo = joinedBefore && tokenIs(ctx, before, cues["according-to"]);
  if (clitic.includes("ل")) return !afterAccordingTo;
  if (!joinedBefore) return false;
  if (tokenIs(ctx, before, cues.addressed)) return true;
  return ctx.tokens.texts[before] === "ل" && !(before > 0 && tokenIs(ctx, before - 1, cues["according-to"]));
}

/** A cue within reach before the name, with only fillers (`ما`, `وكالة`) between them, in one clause. */
function governedByCue(ctx: TextContext, hit: LexiconHit<LexiconValue>): boolean {
  const cues = sourceCues();
  for (let j = hit.firstToken - 1; j >= 0 && j >= hit.firstToken - CUE_REACH; j--) {
    if (!sameClause(ctx, j, hit.firstToken)) return false;
    if (tokenIs(ctx, j, cues["according-to"]) || tokenIs(ctx, j, cues.verb)) return true;
    if (!tokenIs(ctx, j, cues.filler)) return false;
  }
  return false;
}

/** Sentences opening with a continuation cue (`وأضاف أن…`) keep the source of the sentence before. */
function carryOver(ctx: TextContext, bySentence: ReadonlyMap<number, Attribution[]>): Attribution[] {
  const cues = sourceCues();
  const out: Attribution[] = [];
  let last: Attribution[] = [];
  let nextToken = 0;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const own = bySentence.get(s);
    const sentence = ctx.sentences[s];
    if (!sentence) continue;
    while (nextToken < ctx.tokens.count && sentenceIndexAt(ctx, ctx.key.toSource[ctx.tokens.starts[nextToken] ?? 0] ?? 0) < s) nextToken++;
    const opensWithContinuation = nextToken < ctx.tokens.count && tokenIs(ctx, nextToken, cues.continue);
    if (own) {
      out.push(...own);
      last = own;
    } else if (opensWithContinuation && last.length > 0) {
      out.push(...last.map((a) => ({ ...a, sentence: s })));
    } else last = [];
  }
  return out;
}
