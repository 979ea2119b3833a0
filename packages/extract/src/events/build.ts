import type { Actor, ArgumentOrigin, Event, Figure, Place, WeaponName } from "@marsad/model";
import { keyOf } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import { type ActorContext, type ActorRoles, actorRoles, defaultOpponent, type SalientActor, sameCamp } from "./actor-roles";
import { classify } from "./classify";
import { type CasualtyCount, casualtyCounts, VAGUE } from "./counts";
import { type EventDraft, finalizeEvents, foldCoarse, mergeDrafts } from "./drafts";
import { figuresOf, isAggregateCount } from "./figures";
import { groundDate, groundPlaces, isPointPlace } from "./grounding";
import type { DateSpan, EventInputs } from "./inputs";
import { findOccurrences, type TriggerOccurrence } from "./occurrences";
import { INSTRUMENT_PENALTY, ownerOf } from "./ownership";
import { SentenceIndex } from "./sentence-facts";

const ACTOR_TYPED_ROLES: ReadonlySet<string> = new Set(["takeover", "arrest", "shoot"]);

/** Characters before a trigger in which a negation or an irrealis cue cancels it (`لم`, `التلويح بـ`, `ذريعة لـ`). */
const NEGATION_WINDOW = 10;
const IRREALIS_WINDOW = 40;
/** `تحت سيطرة`, `مناطق سيطرة`: control as a state, not a takeover. */
const STATE_WINDOW = 10;
/** A history cue (`سبق أن`, `في وقت سابق`) dates the triggers around it, not the whole sentence. */
const HISTORY_BEFORE = 40;
const HISTORY_AFTER = 30;
const SINCE_WINDOW = 15;
/** Where a withdrawal or hand-over names the place it leaves. */
const PLACE_AFTER_WINDOW = 60;
const BACKGROUND_DAYS = 30;

/** Events and aggregate figures of one article, grounded in what the recognizers found. */
export function buildEvents(inputs: EventInputs): { events: Event[]; figures: Figure[] } {
  const { ctx } = inputs;
  const { triggers, cues } = findOccurrences(ctx);
  const sentences = new SentenceIndex(ctx, cues);
  const placeEntries = new Map<string, Place>(inputs.places.entries.map((p) => [p.id, p]));
  const facts = lexiconFacts(ctx.lexicons);
  const coarse = facts.coarse;
  const focus = focusPlace(inputs, placeEntries, coarse);
  const registry = ctx.lexicons.actors;
  const allied = (a: string, b: string) => {
    if (a === b) return true;
    const sideA = registry.get(a)?.side;
    const sideB = registry.get(b)?.side;
    return sameCamp(sideA, sideB) || sideA === sideB;
  };
  const actorCtx = actorContext(inputs, sentences, allied, facts);
  const counts = casualtyCounts(ctx, cues, inputs.quantities);
  const civilianNoun = facts.civilianNoun;

  // Sentences that total a campaign (`منذ 15 يوماً … أسفرت عن مقتل أكثر من 200 مدني`) give figures, not events.
  const aggregateSentences = new Set<number>();
  const durationSentences = new Set<number>();
  for (const d of inputs.dates) if (d.duration) durationSentences.add(sentences.sentenceOf(d.start));
  for (const count of counts) {
    const sentence = count.cue.sentence;
    const duration = durationSentences.has(sentence);
    const tally = sentences.has(sentence, "tally");
    if (isAggregateCount(count) || tally || (duration && sentences.has(sentence, "campaign"))) aggregateSentences.add(sentence);
  }
  const figures = figuresOf(
    counts.filter((c) => aggregateSentences.has(c.cue.sentence)),
    civilianNoun,
    null,
  );

  const denied = new Set<number>();
  for (const trigger of triggers) if (sentences.has(trigger.sentence, "denial")) denied.add(trigger.sentence);

  const live: TriggerOccurrence[] = [];
  for (const t of triggers) {
    if (!aggregateSentences.has(t.sentence) && !denied.has(t.sentence) && !cancelled(t, sentences) && !unresisted(t, triggers, sentences)) live.push(t);
  }
  const weaponsOf = weaponOwnership(inputs, sentences);

  // First pass: which triggers code an event at all, given their weapons and actors.
  const accepted: Array<{ trigger: TriggerOccurrence; type: NonNullable<ReturnType<typeof classify>> }> = [];
  for (const trigger of live) {
    // Only some types depend on who acts (a takeover by the state, an arrest by gunmen, a shooting at civilians).
    const roles = ACTOR_TYPED_ROLES.has(trigger.spec.role) ? actorRoles(trigger, live, trigger.spec.role, actorCtx, null) : null;
    const actor1 = roles?.actor1 ? ctx.lexicons.actors.get(roles.actor1) : undefined;
    const targetsCivilians = roles !== null && roles.actor2 !== null && roles.actor2 === actorCtx.civiliansId;
    const type = classify(trigger.spec.role, trigger.spec, weaponsOf(trigger, live), actor1, targetsCivilians, sentences.has(trigger.sentence, "intervention"));
    if (type) accepted.push({ trigger, type });
  }
  // Arguments belong to the triggers that head events; a dependent trigger (`أسروا` after `اقتحم`) owns none.
  const acceptedTriggers: TriggerOccurrence[] = [];
  for (const { trigger } of accepted) if (!trigger.spec.dependent || !headedBefore(trigger, accepted)) acceptedTriggers.push(trigger);

  const countsOwned = new Map<TriggerOccurrence, CasualtyCount[]>();
  for (const count of counts) {
    if (aggregateSentences.has(count.cue.sentence)) continue;
    const owner = acceptedTriggers[ownerOf(count.cue.span, count.cue.sentence, acceptedTriggers)];
    if (!owner) continue;
    const list = countsOwned.get(owner);
    if (list) list.push(count);
    else countsOwned.set(owner, [count]);
  }

  const attributions = listedAttributions(inputs);
  const drafts: EventDraft[] = [];
  let previousRoles: ActorRoles | null = null;
  const heads = new Set(acceptedTriggers);
  for (const { trigger, type } of accepted) {
    if (!heads.has(trigger)) continue;
    const roles = actorRoles(trigger, acceptedTriggers, trigger.spec.role, actorCtx, previousRoles);
    const places = groundPlaces(trigger, acceptedTriggers, inputs.places.mentions, placeEntries, sentences, ctx.body, focus, coarse);
    if (trigger.spec.weak && places.origin !== "clause" && roles.origin1 !== "clause") continue;
    if ((trigger.spec.role === "withdraw" || trigger.spec.role === "transfer") && !namesPlaceAfter(trigger, inputs)) continue;
    if (trigger.spec.needsDate && !sentences.inSentence(inputs.dates, trigger.sentence).some((d) => !d.duration && (d.value !== null || d.key !== null))) continue;
    const date = groundDate(trigger, inputs.dates, sentences, inputs.published);
    const own = countsOwned.get(trigger) ?? [];
    const civiliansHit = own.some((c) => civilianNoun(c.noun)) || sentences.has(trigger.sentence, "civilian");
    // Outside battles, civilians hit in the sentence are the target rather than an opponent guessed from the article.
    const civiliansTargeted = civiliansHit && actorCtx.civiliansId !== null && type.eventType !== "Battles";
    let actor2 = roles.actor2 && roles.origin2 !== "focus" ? roles.actor2 : civiliansTargeted ? actorCtx.civiliansId : roles.actor2;
    // Homes hit in a firefight do not make civilians a side of the battle.
    if (type.eventType === "Battles" && actor2 !== null && actor2 === actorCtx.civiliansId) actor2 = defaultOpponent(roles.actor1, "attack", actorCtx);
    previousRoles = roles;
    const sentenceSpan = sentences.sentenceSpan(trigger.sentence) ?? trigger.span;
    const origins = { actor1: roles.origin1, actor2: actor2 === roles.actor2 ? roles.origin2 : ("sentence" as ArgumentOrigin), date: date.origin, place: places.origin };
    const weapons = weaponsOf(trigger, acceptedTriggers);
    const background = isBackground(date.value, inputs.published, historyAround(trigger, sentences));
    const disputed = sentences.has(trigger.sentence, "claim");
    const attribution = attributionOf(trigger.sentence, attributions, sentences);
    // One draft per place; the drafts of one trigger share their lists, which nothing changes before mergeDrafts copies them.
    const draft = (place: string | null): EventDraft => ({
      eventType: type.eventType,
      subEventType: type.subEventType,
      date,
      actor1: roles.actor1,
      actor2,
      assocActors: roles.assoc,
      origins,
      counts: own,
      weapons,
      background,
      disputed,
      attribution,
      trigger,
      evidence: [sentenceSpan],
      place,
      placeKind: place ? (placeEntries.get(place)?.kind ?? null) : null,
    });
    if (places.value.length === 0) drafts.push(draft(null));
    for (const place of places.value) drafts.push(draft(place));
  }

  attachOrphanCounts(counts, acceptedTriggers, aggregateSentences, drafts);
  const depth = (id: string): number => {
    let level = 0;
    for (let parent = registry.get(id)?.parent; parent && level < 5; parent = registry.get(parent)?.parent) level++;
    return level;
  };
  const merged = foldCoarse(mergeDrafts(drafts, allied, depth), coarse, (id) => (id ? (ctx.lexicons.places.get(id)?.admin1 ?? null) : null), allied, depth);
  markDenials(merged, triggers, denied, inputs, sentences, attributions);
  return { events: finalizeEvents(merged, inputs.articleId, ctx.body, placeEntries), figures };
}

/** How near a base or deployment noun its verb must stand (`نصبها في وقت سابق نقطة عسكرية`). */
const NEEDED_CUE_WINDOW = 30;

/** Whether an independent trigger heads the sentence before a dependent one (`اقتحم … أسروا`). */
function headedBefore(trigger: TriggerOccurrence, accepted: ReadonlyArray<{ trigger: TriggerOccurrence }>): boolean {
  for (const { trigger: head } of accepted) {
    if (head !== trigger && head.sentence === trigger.sentence && !head.spec.dependent && head.span.start < trigger.span.start) return true;
  }
  return false;
}

function cancelled(trigger: TriggerOccurrence, sentences: SentenceIndex): boolean {
  const needed = trigger.spec.needsCue;
  if (needed && !sentences.cueBefore(trigger.sentence, trigger.span.start, needed, NEEDED_CUE_WINDOW)) return true;
  if (trigger.spec.role === "takeover" && sentences.cueBefore(trigger.sentence, trigger.span.start, "state", STATE_WINDOW)) return true;
  return (
    sentences.cueBefore(trigger.sentence, trigger.span.start, "negation", NEGATION_WINDOW) ||
    sentences.cueBefore(trigger.sentence, trigger.span.start, "irrealis", IRREALIS_WINDOW) ||
    sentences.cueBefore(trigger.sentence, trigger.span.start, "habitual", IRREALIS_WINDOW) ||
    habitualAfter(trigger, sentences)
  );
}

function habitualAfter(trigger: TriggerOccurrence, sentences: SentenceIndex): boolean {
  for (const c of sentences.cues(trigger.sentence, "habitual")) if (c.span.start >= trigger.span.end && c.span.start - trigger.span.end < 20) return true;
  return false;
}

/** How many sentences after an attempted storming may tell of the resistance that makes it a battle. */
const RESISTANCE_SENTENCES = 2;
const ATTEMPT_WINDOW = 16;

/** `تحاول اقتحام المدينة بقصف`: an attempt nobody resisted is no battle (the shelling is its own event). */
function unresisted(trigger: TriggerOccurrence, triggers: readonly TriggerOccurrence[], sentences: SentenceIndex): boolean {
  if (trigger.spec.role !== "attack") return false;
  if (!sentences.cueBefore(trigger.sentence, trigger.span.start, "attempt", ATTEMPT_WINDOW)) return false;
  return !triggers.some(
    (t) => (t.spec.role === "resist" || t.spec.role === "clash") && t.sentence >= trigger.sentence && t.sentence <= trigger.sentence + RESISTANCE_SENTENCES,
  );
}

function historyAround(trigger: TriggerOccurrence, sentences: SentenceIndex): boolean {
  // `منذ عقد اتفاق التسوية`: what a span of time is counted from lies in the past.
  if (sentences.cueBefore(trigger.sentence, trigger.span.start, "since", SINCE_WINDOW)) return true;
  for (const c of sentences.cues(trigger.sentence, "history")) {
    if ((c.span.end <= trigger.span.start && trigger.span.start - c.span.end <= HISTORY_BEFORE) || (c.span.start >= trigger.span.end && c.span.start - trigger.span.end <= HISTORY_AFTER)) return true;
  }
  return false;
}

function namesPlaceAfter(trigger: TriggerOccurrence, inputs: EventInputs): boolean {
  return inputs.places.mentions.some((m) => m.start >= trigger.span.end && m.start - trigger.span.end <= PLACE_AFTER_WINDOW);
}

type Lexicons = EventInputs["ctx"]["lexicons"];

/** What the event layer derives from the lexicons alone: computed once per lexicon set, not once per article. */
interface LexiconFacts {
  coarse: (id: string | null) => boolean;
  civilianNoun: (noun: string | null) => boolean;
  /** Registry ids of the generic civilians, protesters and rioters. */
  civilians: Actor | undefined;
  protesters: string | null;
  rioters: string | null;
}

const lexiconFactsCache = new WeakMap<Lexicons, LexiconFacts>();

function lexiconFacts(lexicons: Lexicons): LexiconFacts {
  let facts = lexiconFactsCache.get(lexicons);
  if (!facts) {
    const registry = [...lexicons.actors.values()];
    facts = {
      coarse: coarsePlaces(lexicons),
      civilianNoun: civilianNounTest(lexicons),
      civilians: registry.find((a) => a.category === "civilians" && !a.parent),
      protesters: registry.find((a) => a.category === "protesters")?.id ?? null,
      rioters: registry.find((a) => a.category === "rioters")?.id ?? null,
    };
    lexiconFactsCache.set(lexicons, facts);
  }
  return facts;
}

/**
 * Places that stand for a whole area: a governorate, district or region, and a governorate's capital named like it
 * (`درعا` in `ريف درعا`, `التصعيد في درعا`), which ACLED would code at precision 3.
 */
function coarsePlaces(lexicons: Lexicons): (id: string | null) => boolean {
  const known = new Map<string, boolean>();
  const judge = (id: string): boolean => {
    const place = lexicons.places.get(id);
    if (!place) return false;
    if (!isPointPlace(place)) return true;
    const governorate = place.admin1 ? lexicons.places.get(place.admin1) : undefined;
    return governorate !== undefined && keyOf(governorate.name) === keyOf(place.name);
  };
  return (id) => {
    if (!id) return true;
    let answer = known.get(id);
    if (answer === undefined) {
      answer = judge(id);
      known.set(id, answer);
    }
    return answer;
  };
}

/** The most-mentioned town of the article: where an event with no place of its own most likely happened. */
function focusPlace(inputs: EventInputs, entries: ReadonlyMap<string, Place>, coarse: (id: string | null) => boolean): string | null {
  const counts = new Map<string, number>();
  for (const m of inputs.places.mentions) {
    // A fine place outweighs its governorate's capital: `درعا` is named as a reference point more than as a scene.
    if (m.ref && isPointPlace(entries.get(m.ref))) counts.set(m.ref, (counts.get(m.ref) ?? 0) + (coarse(m.ref) ? 0.5 : 1));
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [id, count] of counts) {
    if (count > bestCount) {
      best = id;
      bestCount = count;
    }
  }
  return best;
}

function actorContext(inputs: EventInputs, sentences: SentenceIndex, allied: (a: string, b: string) => boolean, facts: LexiconFacts): ActorContext {
  // An actor named as the source of a report (`حسب "العمليات المركزية"`) speaks about the event; it is not a party to it.
  const speaking = inputs.sources.mentions;
  const parties = inputs.actors.mentions.filter((m) => !speaking.some((s) => s.start < m.end && m.start < s.end));
  const actors = new Map<string, Actor>(inputs.actors.entries.map((a) => [a.id, a]));
  const counted = new Map<string, number>();
  for (const m of parties) if (m.ref) counted.set(m.ref, (counted.get(m.ref) ?? 0) + 1);
  const salience: SalientActor[] = [];
  counted.forEach((count, id) => {
    const actor = actors.get(id);
    const entry = inputs.ctx.lexicons.actors.get(id);
    salience.push({ id, count, party: actor !== undefined && actor.category !== "civilians", registered: entry !== undefined, side: entry?.side });
  });
  const civilians = inputs.actors.entries.find((a) => a.category === "civilians") ?? facts.civilians;
  return {
    mentions: parties,
    actors,
    registry: inputs.ctx.lexicons.actors,
    sentences,
    body: inputs.ctx.body,
    salience,
    civiliansId: civilians?.id ?? null,
    triggerKey: (trigger) => inputs.ctx.key.text.slice(keyOffset(inputs.ctx, trigger.span.start), keyOffset(inputs.ctx, trigger.span.end)),
    allied,
    crowds: { protesters: facts.protesters, rioters: facts.rioters },
    candidates: new Map(),
  };
}

/** Whether a counted noun names civilians, by the civilian cues of the lexicon (memoized per lexicon set). */
function civilianNounTest(lexicons: Lexicons): (noun: string | null) => boolean {
  const known = new Map<string, boolean>();
  return (noun) => {
    if (!noun) return false;
    let answer = known.get(noun);
    if (answer === undefined) {
      const hit = lexicons.trie.matchAt(tokenize(keyOf(noun)), 0);
      answer = hit?.values.some((v) => v.kind === "cue" && v.cue === "civilian") ?? false;
      known.set(noun, answer);
    }
    return answer;
  };
}

/** The matching-key offset of a body offset (the first key unit at or after it). */
function keyOffset(ctx: EventInputs["ctx"], bodyOffset: number): number {
  const map = ctx.key.toSource;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] ?? 0) < bodyOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The weapons each trigger owns among a set of triggers, computed once per set. */
function weaponOwnership(inputs: EventInputs, sentences: SentenceIndex): (trigger: TriggerOccurrence, among: readonly TriggerOccurrence[]) => WeaponName[] {
  const cache = new Map<readonly TriggerOccurrence[], Map<TriggerOccurrence, WeaponName[]>>();
  const located = inputs.weapons.filter((w) => w.ref).map((w) => ({ span: w, sentence: sentences.sentenceOf(w.start), weapon: w.ref as WeaponName }));
  return (trigger, among) => {
    let owned = cache.get(among);
    if (!owned) {
      owned = new Map();
      for (const item of located) {
        const owner = among[ownerOf(item.span, item.sentence, among, INSTRUMENT_PENALTY)];
        if (!owner) continue;
        const list = owned.get(owner) ?? [];
        if (!list.includes(item.weapon)) list.push(item.weapon);
        owned.set(owner, list);
      }
      cache.set(among, owned);
    }
    return owned.get(trigger) ?? [];
  };
}

export function isBackground(date: DateSpan | null, published: string | null, historyCue: boolean): boolean {
  if (historyCue) return true;
  if (!date?.value) return false;
  // With no publication date, an event the text dates by its year or month alone (`في صيف عام 2018`) is told as history.
  if (!published) return !date.relative && (date.precision === "year" || date.precision === "month");
  const days = (Date.parse(published) - Date.parse(date.value)) / 86_400_000;
  if (date.precision === "year") return date.value.slice(0, 4) < published.slice(0, 4);
  return days > BACKGROUND_DAYS;
}

/** The source a sentence is attributed to, or the paragraph's latest attribution before it. */
/**
 * The listed source (outlet, agency, monitor) a sentence is attributed to, or the paragraph's latest before it.
 * An actor speaking for itself (`قالت العمليات المركزية`) is read in the evidence, not listed as a source.
 */
function attributionOf(sentence: number, attributions: readonly Attribution[], sentences: SentenceIndex): string | null {
  for (const a of attributions) if (a.sentence === sentence) return a.source;
  const paragraph = sentences.paragraphOf(sentences.sentenceSpan(sentence)?.start ?? 0);
  for (let i = attributions.length - 1; i >= 0; i--) {
    const a = attributions[i] as Attribution;
    if (a.sentence < sentence && sentences.paragraphOf(sentences.sentenceSpan(a.sentence)?.start ?? -1) === paragraph) return a.source;
  }
  return null;
}

type Attribution = EventInputs["sources"]["attributions"][number];

/** The attributions to listed sources, in order (computed once per article). */
function listedAttributions(inputs: EventInputs): Attribution[] {
  const listed = new Set<string>();
  for (const s of inputs.sources.entries) listed.add(s.id);
  return inputs.sources.attributions.filter((a) => listed.has(a.source));
}

/** How far back (sentences) casualties with no trigger of their own look for the event they belong to. */
const ORPHAN_SENTENCES = 2;

/** Casualties told in a sentence with no trigger of their own belong to the last event before them. */
function attachOrphanCounts(
  counts: readonly CasualtyCount[],
  triggers: readonly TriggerOccurrence[],
  aggregate: ReadonlySet<number>,
  drafts: EventDraft[],
): void {
  const triggerSentences = new Set<number>();
  for (const t of triggers) triggerSentences.add(t.sentence);
  for (const count of counts) {
    if (aggregate.has(count.cue.sentence) || triggerSentences.has(count.cue.sentence)) continue;
    if (count.count === VAGUE) continue;
    for (let i = drafts.length - 1; i >= 0; i--) {
      const host = drafts[i] as EventDraft;
      if (host.trigger.span.end > count.cue.span.start || count.cue.sentence - host.trigger.sentence > ORPHAN_SENTENCES) continue;
      // A new list: the drafts of one trigger share theirs.
      host.counts = [...host.counts, count];
      break;
    }
  }
}

/**
 * `نفت الصحيفة سيطرة أبناء المنطقة على حواجز`: a denial marks disputed the article's events of the denied kind, or of
 * the denied type by the actor it names, and records who denies.
 */
function markDenials(
  events: EventDraft[],
  triggers: readonly TriggerOccurrence[],
  denied: ReadonlySet<number>,
  inputs: EventInputs,
  sentences: SentenceIndex,
  attributions: readonly Attribution[],
): void {
  for (const sentence of denied) {
    const deniedTriggers = triggers.filter((t) => t.sentence === sentence);
    const deniedRoles = new Set(deniedTriggers.map((t) => t.spec.role));
    const deniedTypes = new Set(deniedTriggers.map((t) => t.spec.eventType));
    const deniedActors = new Set(inputs.actors.mentions.filter((m) => m.ref && sentences.sentenceOf(m.start) === sentence).map((m) => m.ref));
    const denier = attributionOf(sentence, attributions, sentences) ?? previousAttribution(sentence, attributions);
    for (const event of events) {
      const sameKind = [...deniedRoles].some((role) => sameFamily(role, event.trigger.spec.role));
      const sameActor = event.actor1 !== null && deniedActors.has(event.actor1) && deniedTypes.has(event.eventType);
      if (!sameKind && !sameActor) continue;
      event.disputed = true;
      event.disputedBy = denier;
    }
  }
}

function previousAttribution(sentence: number, attributions: readonly Attribution[]): string | null {
  for (let i = attributions.length - 1; i >= 0; i--) if ((attributions[i] as Attribution).sentence < sentence) return (attributions[i] as Attribution).source;
  return null;
}

const FAMILIES: ReadonlyArray<ReadonlySet<string>> = [new Set(["takeover", "capture"]), new Set(["attack", "resist", "clash"]), new Set(["strike", "target"])];
function sameFamily(a: string, b: string): boolean {
  return a === b || FAMILIES.some((f) => f.has(a) && f.has(b));
}
