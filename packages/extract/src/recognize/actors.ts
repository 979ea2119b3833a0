import type { Actor, Mention, Span } from "@marsad/model";
import type { LexiconHit } from "../lexicon/trie";
import type { ActorEntry, LexiconValue } from "../lexicon/types";
import { wordFactsBy } from "../normalize/vocabulary";
import { bodySpan, hitSpan, mention } from "./spans";
import type { TextContext } from "./context";
import { type ActorFormRule, actorRules } from "./actors-data";
import { cliticMatches, hitKey, sameClause, tokenIs, withHidden } from "./tokens-near";

export interface ActorsResult {
  readonly mentions: Mention[];
  /** One entry per distinct referent, in order of first mention. */
  readonly actors: Actor[];
}

/** Ids of registry entries the resolution rules point at. */
const LOCAL_FIGHTERS = "local-fighters";
const CLANS = "clans";

interface Candidate {
  entry: ActorEntry;
  span: Span;
  firstToken: number;
  endToken: number;
  rule: ActorFormRule | undefined;
}

/**
 * Actors named in the article, each resolved to one registry entry whatever spelling the outlet used.
 * Ambiguous forms follow `data/actor-form-rules.json`; opposition names marked "former" (`عناصر الجيش الحر سابقاً`)
 * are the local fighters of the post-settlement south; `عشيرة X` names a clan even when X is not in the registry;
 * sub-units of a foreign army (the Russian delegation, Russian military police) are reported as that army.
 */
export function recognizeActors(ctx: TextContext): ActorsResult {
  const candidates = [...lexiconCandidates(ctx), ...patternCandidates(ctx), ...nationalityCandidates(ctx)];
  markFormer(ctx, candidates);
  const resolved = resolve(ctx, candidates);
  resolved.sort((a, b) => a.span.start - b.span.start);

  const mentions: Mention[] = [];
  const actors = new Map<string, Actor>();
  for (const { entry, span } of resolved) {
    const reported = rollUp(ctx, entry);
    mentions.push(mention(ctx, "actor", span, reported.id));
    if (!actors.has(reported.id)) actors.set(reported.id, toActor(reported));
  }
  return { mentions, actors: [...actors.values()] };
}

function actorOf(hit: LexiconHit<LexiconValue>): ActorEntry | undefined {
  for (const value of hit.values) if (value.kind === "actor") return value.entry;
  return undefined;
}

function lexiconCandidates(ctx: TextContext): Candidate[] {
  const rules = actorRules();
  const out: Candidate[] = [];
  for (const hit of withHidden(ctx, "actor")) {
    const entry = actorOf(hit);
    if (!entry) continue;
    const rule = rules.forms.get(hitKey(ctx, hit));
    if (rule && qualifiedAfter(ctx, hit, rule.words)) continue;
    // `أحد الوجهاء`, `أحد أبناء المنطقة`: one member, a person, not the group acting.
    const before = hit.firstToken - 1;
    if (entry.generic && before >= 0 && sameClause(ctx, before, hit.firstToken) && tokenIs(ctx, before, rules.cues.partitive)) continue;
    out.push({ entry, span: hitSpan(ctx, hit), firstToken: hit.firstToken, endToken: hit.endToken, rule });
  }
  return out;
}

/** `النظام العام`, `النظام الإيراني`, `التنظيم الإداري`: the next word makes the form mean something else. */
function qualifiedAfter(ctx: TextContext, hit: LexiconHit<LexiconValue>, words: readonly string[]): boolean {
  const next = hit.endToken;
  const token = ctx.tokens.texts[next];
  if (token === undefined || !sameClause(ctx, next - 1, next)) return false;
  if (words.includes(token)) return true;
  const oneWord = hit.endToken - hit.firstToken === 1;
  const nisba = token.startsWith("ال") && (token.endsWith("ي") || token.endsWith("يه")) && token.length > 4;
  return oneWord && nisba && !actorRules().cues["not-adjective"].has(token);
}

/** `عشيرة X` / `قبيلة X` for clans outside the registry, and `أبناء` / `مقاتلو` + a place for local fighters. */
function patternCandidates(ctx: TextContext): Candidate[] {
  const { cues } = actorRules();
  const covered = new Uint8Array(ctx.tokens.count);
  const placeAt = new Map<number, LexiconHit<LexiconValue>>();
  for (const hit of ctx.hits) {
    if (actorOf(hit)) covered.fill(1, hit.firstToken, hit.endToken);
    else if (hit.values.some((v) => v.kind === "place")) placeAt.set(hit.firstToken, hit);
  }
  const clansEntry = ctx.lexicons.actors.get(CLANS);
  const localEntry = ctx.lexicons.actors.get(LOCAL_FIGHTERS);
  const out: Candidate[] = [];
  const clanClues = cliticMatches(cues.clan);
  const localClues = cliticMatches(cues.local);
  for (let i = 0; i + 1 < ctx.tokens.count; i++) {
    if (covered[i] || covered[i + 1]) continue;
    // The clue words first: a look-up by word, and most tokens are neither.
    const headPrefix = clanClues.of(ctx.tokens, i)?.prefix;
    const localPrefix = headPrefix === undefined || !clansEntry ? localClues.of(ctx.tokens, i)?.prefix : undefined;
    if ((headPrefix === undefined && localPrefix === undefined) || !sameClause(ctx, i, i + 1)) continue;
    if (headPrefix !== undefined && clansEntry) {
      const name = ctx.tokens.texts[i + 1] ?? "";
      if (!name.startsWith("ال") || name.length < 4) continue;
      const span = tokenSpan(ctx, i, i + 2, headPrefix);
      const entry = cues["place-noun"].has(name) ? clansEntry : clanEntry(ctx.body.slice(span.start, span.end), name, clansEntry);
      out.push({ entry, span, firstToken: i, endToken: i + 2, rule: undefined });
      continue;
    }
    const place = placeAt.get(i + 1);
    if (localPrefix !== undefined && place && localEntry && place.prefixLength === 0) {
      out.push({ entry: localEntry, span: tokenSpan(ctx, i, place.endToken, localPrefix), firstToken: i, endToken: place.endToken, rule: undefined });
    }
  }
  return out;
}

/** The actor each word names as a nationality adjective (null for none), kept by word. */
const nationalityFacts = wordFactsBy((nationalities: ReadonlyMap<string, string>, text) => nationalities.get(text) ?? null);

/**
 * A foreign army named by its nationality after a strike or force word: `غارات جوية روسية`, `بدعم روسي`,
 * `دورية تركية`. The mention is the adjective; a place or organisation adjective (`الحدود الأردنية`) has no such head.
 */
function nationalityCandidates(ctx: TextContext): Candidate[] {
  const { cues, nationalities } = actorRules();
  const out: Candidate[] = [];
  let covered: Uint8Array | undefined;
  let weaponEnds: Uint8Array | undefined;
  const nationalityOf = nationalityFacts(nationalities);
  for (let i = 1; i < ctx.tokens.count; i++) {
    const id = nationalityOf.of(ctx.tokens, i);
    if (id === null) continue;
    if (!covered || !weaponEnds) [covered, weaponEnds] = coverage(ctx);
    if (covered[i] || !sameClause(ctx, i - 1, i)) continue;
    const headed = weaponEnds[i] === 1 || (!covered[i - 1] && tokenIs(ctx, i - 1, cues["foreign-head"]));
    const entry = ctx.lexicons.actors.get(id);
    if (headed && entry) out.push({ entry, span: tokenSpan(ctx, i, i + 1, 0), firstToken: i, endToken: i + 1, rule: undefined });
  }
  return out;
}

/**
 * Tokens inside a name-like hit, and tokens right after a weapon hit. Event cues and triggers (`بدعم`, `قصف`) are
 * words of the sentence, not names: they do not hide a head word.
 */
function coverage(ctx: TextContext): [Uint8Array, Uint8Array] {
  const covered = new Uint8Array(ctx.tokens.count + 1);
  const weaponEnds = new Uint8Array(ctx.tokens.count + 1);
  for (const hit of ctx.hits) {
    if (hit.values.some((v) => v.kind === "weapon")) weaponEnds[hit.endToken] = 1;
    if (!hit.values.every((v) => v.kind === "cue" || v.kind === "trigger")) covered.fill(1, hit.firstToken, hit.endToken);
  }
  return [covered, weaponEnds];
}

/** The clitic length when token `i` is one of `keys` (as written or after a clitic), else undefined. */
function tokenSpan(ctx: TextContext, first: number, end: number, prefix: number): Span {
  return bodySpan(ctx, (ctx.tokens.starts[first] ?? 0) + prefix, ctx.tokens.ends[end - 1] ?? 0);
}

function clanEntry(written: string, key: string, clans: ActorEntry): ActorEntry {
  return {
    id: `clan-${key}`,
    name: written,
    nameEn: `${written} (clan)`,
    category: clans.category,
    parent: clans.id,
    side: clans.side,
    aliases: [],
    aliasesEn: [],
  };
}

/** Opposition names with `سابقاً` / `السابق` / `سابقين` next to them are former fighters: the local fighters. */
function markFormer(ctx: TextContext, candidates: Candidate[]): void {
  const { cues } = actorRules();
  const local = ctx.lexicons.actors.get(LOCAL_FIGHTERS);
  if (!local) return;
  for (const c of candidates) {
    if (c.entry.side !== "opposition") continue;
    const near = [c.firstToken - 1, c.firstToken - 2, c.firstToken - 3, c.endToken, c.endToken + 1];
    const former = near.some((i) => {
      if (i < 0 || i >= ctx.tokens.count) return false;
      const inClause = i < c.firstToken ? sameClause(ctx, i, c.firstToken) : sameClause(ctx, c.endToken - 1, i);
      return inClause && tokenIs(ctx, i, cues.former);
    });
    if (former) c.entry = local;
  }
}

/** Applies `needs-strong` and `resolve-to-present`: weak forms only count next to an unambiguous mention. */
function resolve(ctx: TextContext, candidates: Candidate[]): Candidate[] {
  const strong = new Set<string>();
  for (const c of candidates) if (!c.rule || c.rule.rule === "standalone") strong.add(c.entry.id);
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.rule?.rule === "needs-strong" && !strong.has(c.entry.id)) continue;
    if (c.rule?.rule === "resolve-to-present") {
      const id = c.rule.actors.find((a) => strong.has(a)) ?? c.rule.fallback;
      const entry = ctx.lexicons.actors.get(id);
      if (entry) out.push({ ...c, entry });
      continue;
    }
    out.push(c);
  }
  return out;
}

/** A foreign army's sub-units and delegations are one referent for the reader: report the army. */
function rollUp(ctx: TextContext, entry: ActorEntry): ActorEntry {
  let current = entry;
  for (let depth = 0; depth < 5 && current.category === "external_forces" && current.parent; depth++) {
    const parent = ctx.lexicons.actors.get(current.parent);
    if (!parent || parent.category !== "external_forces") break;
    current = parent;
  }
  return current;
}

function toActor(entry: ActorEntry): Actor {
  return { id: entry.id, name: entry.name, nameEn: entry.nameEn, category: entry.category, parent: entry.parent };
}
