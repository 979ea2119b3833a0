import type { Actor, ArgumentOrigin, Mention } from "@marsad/model";
import type { ActorEntry } from "../lexicon/types";
import type { TriggerOccurrence } from "./occurrences";
import { ownerOf } from "./ownership";
import type { SentenceIndex } from "./sentence-facts";
import type { TriggerRole } from "./trigger-lexicon";

/** Characters before a mention in which a support cue (`مدعومة بـ`) or a target cue (`على`, `التابع لـ`) governs it. */
const SUPPORT_WINDOW = 14;
const TARGET_WINDOW = 10;
/** `حسب "العمليات المركزية"`: the actor right after an attribution word speaks about the event. */
const SPEAKER_WINDOW = 6;

export interface ActorRoles {
  /** Body offset of the trigger these roles were read for. */
  at: number;
  actor1: string | null;
  actor2: string | null;
  assoc: string[];
  origin1: ArgumentOrigin;
  origin2: ArgumentOrigin;
}

export interface Candidate {
  mention: Mention;
  id: string;
  marked: "target" | "support" | "speaker" | null;
  /** Marked by `التابع لـ`: the owner of the phrase before it (`دورية تابعة للأمن العسكري`). */
  owner?: boolean;
}

export interface SalientActor {
  readonly id: string;
  /** Mentions over the whole article. */
  readonly count: number;
  /** An actor of the article that is not civilians: one that can be an opponent. */
  readonly party: boolean;
  /** Whether the registry knows it, and its side there. */
  readonly registered: boolean;
  readonly side: string | undefined;
}

export interface ActorContext {
  mentions: readonly Mention[];
  /** Actors of the article by id (the recognizer's resolved entries). */
  actors: ReadonlyMap<string, Actor>;
  /** Registry entries by id, for sides. */
  registry: ReadonlyMap<string, ActorEntry>;
  sentences: SentenceIndex;
  body: string;
  /** The article's actors by mentions, in order of first mention: salience for an unnamed opponent. */
  salience: readonly SalientActor[];
  civiliansId: string | null;
  /** The matching key of a trigger's words. */
  triggerKey: (trigger: TriggerOccurrence) => string;
  allied: (a: string, b: string) => boolean;
  /** Registry ids of the generic crowds. */
  crowds: { protesters: string | null; rioters: string | null };
  /**
   * How each mention is marked, filled as triggers read them: it depends only on the mention's own sentence, so it is
   * read once per article, not once per trigger (candidates are never changed in place: a new mark makes a new one).
   */
  candidates: Map<Mention, Candidate>;
}

/**
 * Who acts and who is acted on. Arabic puts the subject after the verb or before it; a subject is an
 * unmarked actor of the trigger's clause, the object is marked (`على`, `ضد`, `التابع لـ`, a `ل` clitic).
 * A resisting subject (`تصدى`) is the one attacked: the attacker is actor1. Supporters are associates.
 */
export function actorRoles(trigger: TriggerOccurrence, triggers: readonly TriggerOccurrence[], role: TriggerRole, ctx: ActorContext, previous: ActorRoles | null): ActorRoles {
  const index = triggers.indexOf(trigger);
  const clauseStart = ctx.sentences.clauseStart(trigger.sentence, trigger.span.start);
  // `… بعد محاصرته من قبل مقاتلين`: a subordinate clause after the trigger has its own participants.
  let clauseEnd = Number.POSITIVE_INFINITY;
  for (const c of ctx.sentences.cues(trigger.sentence, "subordinator")) {
    if (c.span.start >= trigger.span.end) {
      clauseEnd = c.span.start;
      break;
    }
  }
  const inClause: Candidate[] = [];
  const owned: Candidate[] = [];
  for (const m of ctx.sentences.inSentence(ctx.mentions, trigger.sentence)) {
    if (!m.ref || m.start < clauseStart || m.start >= clauseEnd) continue;
    const c = candidate(m, trigger, ctx);
    inClause.push(c);
    if (ownerOf(m, trigger.sentence, triggers) === index) owned.push(c);
  }
  const pool = owned.length > 0 ? owned : inClause;
  if (role === "clash") {
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i] as Candidate;
      if (c.marked === null && ctx.sentences.cueBefore(trigger.sentence, c.mention.start, "with", TARGET_WINDOW)) pool[i] = { ...c, marked: "target" };
    }
  }
  inheritMarks(pool, ctx.body);

  // Civilians are acted on, except when they protest or riot; in fighting they are neither side.
  const civiliansAct = role === "protest" || role === "riot";
  const fighting = FIGHTING_ROLES.has(role);
  const assoc: string[] = [];
  const unmarked: Candidate[] = [];
  const marked: Candidate[] = [];
  const after: Candidate[] = [];
  const before: Candidate[] = [];
  for (const c of pool) {
    if (c.marked === "support") assoc.push(c.id);
    const civilian = isCivilian(c, ctx);
    if (c.marked === null && (civiliansAct || !civilian)) {
      unmarked.push(c);
      if (c.mention.start >= trigger.span.end) after.push(c);
      if (c.mention.end <= trigger.span.start) before.push(c);
    }
    if ((c.marked === "target" && !(fighting && civilian)) || (!civiliansAct && !fighting && c.marked === null && civilian)) marked.push(c);
  }
  const nearestBefore = coordinationHead(before, ctx.body);
  // A verb that agrees in the plural (`سيطروا`, `يتصدون`) follows its subject or has none: actors after it are objects.
  const pluralVerb = /(وا|ون)$/.test(ctx.triggerKey(trigger));
  const subject = (role === "resist" || pluralVerb ? nearestBefore ?? (pluralVerb ? undefined : after[0]) : after[0] ?? nearestBefore) ?? null;
  const besieger = role === "explode" ? subordinateParty(trigger, clauseEnd, ctx) : undefined;
  const object = marked[0] ?? (pluralVerb ? after[0] : undefined) ?? unmarked.find((c) => c !== subject && c.id !== subject?.id) ?? besieger ?? null;

  let actor1: string | null;
  let actor2: string | null;
  let origin1: ArgumentOrigin = "clause";
  let origin2: ArgumentOrigin = "clause";
  if (role === "resist") {
    actor2 = subject?.id ?? null;
    actor1 = object?.id ?? null;
  } else if (!subject && marked[0]?.owner && ownerNextToVerb(marked[0], trigger, ctx.body)) {
    // `دورية تابعة للأمن العسكري داهمت`: a marked phrase before the verb, with no other subject, is the one acting.
    actor1 = marked[0].id;
    actor2 = (marked[1] ?? after[0])?.id ?? null;
  } else {
    actor1 = subject?.id ?? null;
    actor2 = object?.id ?? null;
  }
  coordinatedAssociates(pool, subject, ctx.body, assoc);
  // `توصلت اللجنة المركزية ووفد من ضباط النظام إلى اتفاق`: the party coordinated with the subject is the other side.
  if (role === "agreement" && !actor2) {
    const partner = assoc.find((id) => id !== actor1 && !(actor1 && ctx.allied(actor1, id)));
    if (partner) {
      actor2 = partner;
      assoc.splice(assoc.indexOf(partner), 1);
    }
  }

  const sameParagraph = previous !== null && ctx.sentences.paragraphOf(previous.at) === ctx.sentences.paragraphOf(trigger.span.start);
  if (!actor1 && previous?.actor1 && sameParagraph && previous.actor1 !== actor2 && !(actor2 && ctx.allied(previous.actor1, actor2))) {
    actor1 = previous.actor1;
    origin1 = "previous";
  }
  if (!actor1 && actor2 && (OPPOSED_ROLES.has(role) || role === "arrest")) {
    // Only the side hit is named (`استهداف آلية تابعة لقوات أمن الدولة`): the attacker is its opponent in the article.
    actor1 = defaultOpponent(actor2, role === "arrest" ? "attack" : role, ctx);
    origin1 = actor1 ? "focus" : "none";
  }
  if (!actor1) origin1 = "none";
  if (!actor2) {
    const opponent = defaultOpponent(actor1, role, ctx);
    actor2 = opponent;
    origin2 = opponent ? "focus" : "none";
  }
  if (actor1 && actor2 && FIGHTING_ROLES.has(role) && ctx.allied(actor1, actor2)) {
    // Allies on both sides of a fight is a misreading: the second is fighting alongside the first.
    assoc.push(actor2);
    actor2 = defaultOpponent(actor1, role, ctx);
    origin2 = actor2 ? "focus" : "none";
  }
  if (!actor1 && (role === "protest" || role === "riot")) {
    // Unnamed crowds are ACLED's generic protesters or rioters.
    actor1 = role === "protest" ? ctx.crowds.protesters : ctx.crowds.rioters;
    origin1 = actor1 ? "focus" : "none";
  }
  if ((role === "arrest" || role === "abduct") && (!actor2 || (actor1 && ctx.allied(actor1, actor2)))) {
    // The people detained are civilians unless the text names another side.
    actor2 = ctx.civiliansId;
    origin2 = actor2 ? "focus" : "none";
  }
  if (actor2 === actor1) {
    actor2 = null;
    origin2 = "none";
  }
  const associates: string[] = [];
  for (const id of assoc) if (id !== actor1 && id !== actor2 && !associates.includes(id)) associates.push(id);
  return { at: trigger.span.start, actor1, actor2, assoc: associates, origin1, origin2 };
}

function isCivilian(c: Candidate, ctx: ActorContext): boolean {
  const category = ctx.actors.get(c.id)?.category;
  return category === "civilians" || category === "protesters";
}

/** How far after its verb the phrase `دورية تابعة لـ X` may start and still be the verb's subject. */
const OWNER_REACH = 20;

/** `دورية تابعة للأمن العسكري داهمت` or `داهمت دورية تابعة للأمن العسكري`: the owner of the phrase next to the verb acts. */
function ownerNextToVerb(candidate: Candidate, trigger: TriggerOccurrence, body: string): boolean {
  if (candidate.mention.end <= trigger.span.start) return /^\s*$/.test(body.slice(candidate.mention.end, trigger.span.start));
  return candidate.mention.start - trigger.span.end <= OWNER_REACH;
}

/**
 * `تابعة لـ "حزب الله" والميليشيات الإيرانية`: an actor joined by `و` to a marked one shares its mark.
 * Puts the candidates in text order first (they usually are already: mentions come sorted).
 */
function inheritMarks(sorted: Candidate[], body: string): void {
  if (!inTextOrder(sorted)) sorted.sort(byStart);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as Candidate;
    const current = sorted[i] as Candidate;
    if (current.marked === null && previous.marked !== null && /^\s*(\S{0,12}\s+)?و\s*$/.test(body.slice(previous.mention.end, current.mention.start))) {
      sorted[i] = { ...current, marked: previous.marked };
    }
  }
}

function byStart(a: Candidate, b: Candidate): number {
  return a.mention.start - b.mention.start;
}

function inTextOrder(candidates: readonly Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) if ((candidates[i] as Candidate).mention.start < (candidates[i - 1] as Candidate).mention.start) return false;
  return true;
}

/** The first of the actors coordinated just before a trigger (`قوات النظام وميليشيات إيرانية حاولت`). */
function coordinationHead(before: readonly Candidate[], body: string): Candidate | undefined {
  let index = before.length - 1;
  while (index > 0) {
    const current = before[index] as Candidate;
    const previous = before[index - 1] as Candidate;
    if (!/^\s*و?\s*$/.test(body.slice(previous.mention.end, current.mention.start))) break;
    index--;
  }
  return before[index];
}

const LAM_CLITIC = /(?:^|[\s"“«(])لـ?\s*["“«]?\s*$/;

/** A mention of the trigger's sentence as a candidate argument (read once per article, see `ActorContext.candidates`). */
function candidate(mention: Mention, trigger: TriggerOccurrence, ctx: ActorContext): Candidate {
  let read = ctx.candidates.get(mention);
  if (!read) {
    read = readCandidate(mention, trigger.sentence, ctx);
    ctx.candidates.set(mention, read);
  }
  return read;
}

function readCandidate(mention: Mention, sentence: number, ctx: ActorContext): Candidate {
  const id = mention.ref ?? "";
  if (ctx.sentences.cueBefore(sentence, mention.start, "according", SPEAKER_WINDOW)) return { mention, id, marked: "speaker" };
  // `بدعم روسي` may be read as one actor mention that starts with its own support word.
  for (const c of ctx.sentences.cues(sentence, "support")) {
    if (c.span.start < mention.end && c.span.end <= mention.end && mention.start - c.span.end <= SUPPORT_WINDOW) return { mention, id, marked: "support" };
  }
  if (ctx.sentences.cueBefore(sentence, mention.start, "belonging", TARGET_WINDOW)) return { mention, id, marked: "target", owner: true };
  if (ctx.sentences.cueBefore(sentence, mention.start, "target", TARGET_WINDOW)) return { mention, id, marked: "target" };
  // The preposition `ل` marks an object, standing alone (`لـ "الفرقة 15"`) or fused to the name (`لقوات النظام`).
  if (LAM_CLITIC.test(ctx.body.slice(Math.max(0, mention.start - 6), mention.start))) return { mention, id, marked: "target" };
  return { mention, id, marked: null };
}

/** `قوات النظام وميليشيات مرتبطة بإيران`: actors joined to the subject by `و` act with it. The pool is in text order. */
function coordinatedAssociates(pool: readonly Candidate[], subject: Candidate | null, body: string, assoc: string[]): void {
  if (!subject) return;
  let last = subject.mention;
  for (const next of pool) {
    if (next.mention.start <= subject.mention.end) continue;
    const gap = body.slice(last.end, next.mention.start);
    if (!/^\s*و\s*$/.test(gap) && !/^\s*و/.test(next.mention.text)) break;
    if (next.id !== subject.id) assoc.push(next.id);
    last = next.mention;
  }
}

const FIGHTING_ROLES: ReadonlySet<TriggerRole> = new Set(["attack", "resist", "clash", "takeover", "capture"]);

/** `فجر نفسه بعد محاصرته من قبل مقاتلين`: the ones who cornered a bomber are whom the blast was aimed at. */
function subordinateParty(trigger: TriggerOccurrence, clauseEnd: number, ctx: ActorContext): Candidate | undefined {
  const sentenceEnd = ctx.sentences.sentenceSpan(trigger.sentence)?.end ?? clauseEnd;
  const mention = ctx.mentions.find((m) => m.ref && m.start >= clauseEnd && m.end <= sentenceEnd && ctx.actors.get(m.ref)?.category !== "civilians");
  return mention?.ref ? { mention, id: mention.ref, marked: null } : undefined;
}

const OPPOSED_ROLES: ReadonlySet<TriggerRole> = new Set(["attack", "resist", "clash", "takeover", "capture", "strike", "target", "shoot", "agreement", "withdraw", "transfer"]);

/** The other side when the clause names only one: the article's most-mentioned armed actor on another side. */
export function defaultOpponent(actor1: string | null, role: TriggerRole, ctx: ActorContext): string | null {
  if (!actor1 || !OPPOSED_ROLES.has(role)) return null;
  const side = ctx.registry.get(actor1)?.side;
  let best: string | null = null;
  let bestCount = 0;
  for (const { id, count, party, registered, side: otherSide } of ctx.salience) {
    if (id === actor1 || !party || (registered && otherSide === side)) continue;
    if (registered && sameCamp(otherSide, side)) continue;
    if (count > bestCount) {
      best = id;
      bestCount = count;
    }
  }
  return best;
}

/** Sides by camp (the camps do not overlap). */
const CAMP_OF: ReadonlyMap<string, number> = new Map([
  ["regime", 0],
  ["iran_axis", 0],
  ["russia", 0],
  ["opposition", 1],
  ["local", 1],
  ["tribal", 1],
]);
export function sameCamp(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const camp = CAMP_OF.get(a);
  return camp !== undefined && camp === CAMP_OF.get(b);
}
