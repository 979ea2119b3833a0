import type { Mention, Person, Span } from "@marsad/model";
import { cliticReadingsAt, type LexiconHit } from "../lexicon/trie";
import type { LexiconValue } from "../lexicon/types";
import { wordFactsBy } from "../normalize/vocabulary";
import type { TextContext } from "./context";
import { type PersonWords, personWords } from "./persons-data";
import { bodySpan, mention, sentenceIndexAt } from "./spans";
import { sameClause, tokenIs } from "./tokens-near";

export interface PersonsResult {
  readonly mentions: Mention[];
  /** One entry per distinct person, in order of first mention; `name` without titles or ranks. */
  readonly persons: Person[];
}

/** Title roles (`data/person-titles.json`) that introduce another name for the person just named. */
const EPITHET = "alias";
/** Title roles that introduce the name itself (`المدعو`, `يدعى`): any word may open the name after them. */
const NAMED = "named";
/** Title roles that say what a person does, preferred over a bare rank when both precede a name. */
const FUNCTION_ROLES = new Set(["commander", "spokesperson", "official"]);
/** Title roles that describe the person; `named` (`المدعو`) and `alias` (`الملقب`) only introduce a name. */
const DESCRIBES = new Set(["rank", "commander", "spokesperson", "official", "notable", "civilian"]);
const MAX_NAME_TOKENS = 5;
const ROLE_WINDOW = 10;

interface Name {
  first: number;
  end: number;
  prefix: number;
}

interface Found extends Name {
  /** Index in `persons` of the person named. */
  person: number;
}

/**
 * Persons by pattern, since no lexicon lists them: a title, rank or role word from the data file followed by a
 * name (`العميد حسام الجباوي`, `المدعو أحمد فرحان القطيفان`), a kunya (`أبو سالم العراقي`), or a known given name
 * followed by a father's or family name (`يزن عدنان`). Tokens of places, actors, outlets and weapons are never
 * read as names. An epithet after `الملقب` and a bare surname later on (`الجباوي`) point to the person already named.
 */
export function recognizePersons(ctx: TextContext): PersonsResult {
  const words = personWords();
  const hitAt = hitsByToken(ctx);
  const persons: Person[] = [];
  const byKey = new Map<string, number>();
  const found: Found[] = [];

  for (let i = 0; i < ctx.tokens.count; ) {
    const hit = hitAt[i];
    const title = hit && hit.firstToken === i ? titleRole(hit) : undefined;
    if (hit && title === undefined && hit.firstToken === i && !isSingleWordPlace(hit)) {
      i = hit.endToken;
      continue;
    }
    const start = title !== undefined && hit ? hit.endToken : i;
    const mode = title !== undefined && hit && sameClause(ctx, i, start) ? modeAfter(ctx, hit, title) : "bare";
    const name = readName(ctx, words, hitAt, start, mode);
    if (!name) {
      i = title !== undefined && hit ? hit.endToken : i + 1;
      continue;
    }
    const previous = found[found.length - 1];
    if (title === EPITHET && previous && sameSentence(ctx, previous.first, name.first)) {
      found.push(foundOf(name, previous.person));
    } else {
      const key = nameKey(ctx, name);
      let index = byKey.get(key);
      if (index === undefined) {
        index = persons.length;
        byKey.set(key, index);
        persons.push({ id: `person-${index + 1}`, name: displayName(ctx, name), ...roleOf(ctx, hitAt, name.first) });
      }
      found.push(foundOf(name, index));
    }
    i = name.end;
  }
  found.push(...surnameMentions(ctx, hitAt, found, persons));
  found.sort((a, b) => a.first - b.first);

  const mentions = found.map((f) => mention(ctx, "person", nameSpan(ctx, f), persons[f.person]?.id ?? null));
  return { mentions, persons };
}

/** Written field by field: in V8 a spread followed by a new field (`{ ...name, person }`) costs over a microsecond. */
function foundOf(name: Name, person: number): Found {
  return { first: name.first, end: name.end, prefix: name.prefix, person };
}

/** For each token, the lexicon hit covering it; function-word cues (`على الرغم`) do not keep a name out. */
function hitsByToken(ctx: TextContext): Array<LexiconHit<LexiconValue> | undefined> {
  const at: Array<LexiconHit<LexiconValue> | undefined> = new Array(ctx.tokens.count);
  for (const hit of ctx.hits) {
    if (hit.values.every((v) => v.kind === "cue")) continue;
    for (let i = hit.firstToken; i < hit.endToken; i++) at[i] = hit;
  }
  return at;
}

function titleRole(hit: LexiconHit<LexiconValue>): string | undefined {
  for (const value of hit.values) if (value.kind === "title") return value.role;
  return undefined;
}

/** A one-word place (`جاسم`, `نوى`) can also be a man's name; longer place names cannot. */
function isSingleWordPlace(hit: LexiconHit<LexiconValue>): boolean {
  return hit.endToken - hit.firstToken === 1 && hit.values.every((v) => v.kind === "place");
}

/**
 * The name starting at token `start`: a kunya (`أبو X [الY]`), or a first token (a known given name unless a title
 * precedes) and then a father's name and family names, up to a stop word, punctuation or a lexicon entry.
 */
function readName(ctx: TextContext, words: PersonWords, hitAt: ReadonlyArray<LexiconHit<LexiconValue> | undefined>, start: number, mode: Mode): Name | undefined {
  const first = ctx.tokens.texts[start];
  if (first === undefined) return undefined;
  const titled = mode !== "bare";
  const reading = mode === "bare" ? bareReadings(words).of(ctx.tokens, start) : firstReading(first, words, mode);
  if (!reading) return undefined;
  const [stem, prefix] = reading;
  const startHit = hitAt[start];
  const startBlocked = startHit !== undefined && !(titled && isSingleWordPlace(startHit));
  if (startBlocked || words.stop.has(stem) || !/^[\u0621-\u064a]+$/.test(stem)) return undefined;
  if (stem === "علي" && endsWithAlefMaqsura(ctx, start)) return undefined;
  if (mode === "bare" && start > 0 && sameClause(ctx, start - 1, start) && tokenIs(ctx, start - 1, words.namesake)) return undefined;

  let end = start + 1;
  if (words.kunya.has(stem)) {
    if (!joinableAt(ctx, words, hitAt, end)) return undefined;
    end++;
    if (joinableAt(ctx, words, hitAt, end) && (ctx.tokens.texts[end] ?? "").startsWith("ال")) end++;
    return { first: start, end, prefix };
  }
  while (end - start < MAX_NAME_TOKENS && joinableAt(ctx, words, hitAt, end)) {
    const token = ctx.tokens.texts[end] ?? "";
    const isFirstAfter = end === start + 1;
    if (words.kunya.has(token) || words.link.has(token)) {
      if (!joinableAt(ctx, words, hitAt, end + 1)) break;
      end += 2;
      continue;
    }
    // `أحمد ومحمود الحريري`: a conjunction starts the next person.
    if (token.startsWith("و") && !words.given.has(token)) break;
    if (!isFirstAfter && !token.startsWith("ال") && !words.given.has(token)) break;
    // `خالد يقود`: a word in the imperfect after a given name is the verb, not a father's name.
    if (isFirstAfter && token.startsWith("ي") && !words.given.has(token)) break;
    end++;
  }
  const minimum = mode === "epithet" ? 1 : 2;
  return end - start >= minimum ? { first: start, end, prefix } : undefined;
}

/** Whether token `j` may continue the name before it: same clause, and no lexicon entry, stop word or non-letter. */
function joinableAt(ctx: TextContext, words: PersonWords, hitAt: ReadonlyArray<LexiconHit<LexiconValue> | undefined>, j: number): boolean {
  if (j >= ctx.tokens.count || !sameClause(ctx, j - 1, j)) return false;
  const hit = hitAt[j];
  const token = ctx.tokens.texts[j] ?? "";
  if (token === "علي" && endsWithAlefMaqsura(ctx, j)) return false;
  return !((hit !== undefined && !isSingleWordPlace(hit)) || words.stop.has(token) || !/^[\u0621-\u064a]+$/.test(token));
}

/**
 * How a name is introduced: `bare` (it must open with a known given name or a kunya), `titled` (after a definite title
 * such as `العميد` or `المدعو`, any word may open it), `epithet` (after `الملقب`: one word such as `"الكسم"` is enough).
 */
type Mode = "bare" | "titled" | "epithet";

/** An indefinite title (`قتل شاب وأصيب آخرون`) describes someone unnamed: only a given name may follow it as a name. */
function modeAfter(ctx: TextContext, hit: LexiconHit<LexiconValue>, role: string): Mode {
  if (role === EPITHET) return "epithet";
  if (role === NAMED) return "titled";
  return (ctx.tokens.texts[hit.firstToken] ?? "").slice(hit.prefixLength).startsWith("ال") ? "titled" : "bare";
}

/** The `bare` first readings of words, kept by word: every token of the text is tried as the start of a name. */
const bareReadings = wordFactsBy((words: PersonWords, token): readonly [string, number] | null => firstReading(token, words, "bare") ?? null);

/** How the first token of a name reads: with a conjunction removed, as a kunya head, a given name, or (after a title) any word. */
function firstReading(token: string, words: PersonWords, mode: Mode): [string, number] | undefined {
  if (words.kunya.has(token) || words.given.has(token)) return [token, 0];
  const stem = token.length > 2 && token.startsWith("و") ? token.slice(1) : undefined;
  if (stem !== undefined && (words.kunya.has(stem) || words.given.has(stem))) return [stem, 1];
  if (mode === "epithet") return [token, 0];
  // After a title a name is indefinite in form and not a verb with its conjunction: `الطفل المصاب`, `الشاب وأصيب`.
  if (mode === "titled" && !token.startsWith("ال") && !token.startsWith("و")) return [token, 0];
  return undefined;
}

/** `على` (on) folds onto the name `علي` in the matching key: the body keeps the difference. */
function endsWithAlefMaqsura(ctx: TextContext, token: number): boolean {
  const span = bodySpan(ctx, ctx.tokens.starts[token] ?? 0, ctx.tokens.ends[token] ?? 0);
  return ctx.body.slice(span.start, span.end).replace(/[\u064b-\u065f\u0670\u0640]/g, "").endsWith("ى");
}

function nameSpan(ctx: TextContext, name: Name): Span {
  return bodySpan(ctx, (ctx.tokens.starts[name.first] ?? 0) + name.prefix, ctx.tokens.ends[name.end - 1] ?? 0);
}

function nameKey(ctx: TextContext, name: Name): string {
  const parts = ctx.tokens.texts.slice(name.first, name.end);
  parts[0] = (parts[0] ?? "").slice(name.prefix);
  return parts.join(" ");
}

/** The name as written, without vowel marks, tatweel or the quotes outlets put around names. */
function displayName(ctx: TextContext, name: Name): string {
  const span = nameSpan(ctx, name);
  return ctx.body
    .slice(span.start, span.end)
    .replace(/[\u064b-\u065f\u0670\u0640"“”«»']/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function sameSentence(ctx: TextContext, a: number, b: number): boolean {
  return sentenceOf(ctx, a) === sentenceOf(ctx, b);
}

function sentenceOf(ctx: TextContext, token: number): number {
  return sentenceIndexAt(ctx, bodySpan(ctx, ctx.tokens.starts[token] ?? 0, ctx.tokens.ends[token] ?? 0).start);
}

/**
 * The role and affiliation the sentence gives before the name: a function title (`قائد`, `الناطق باسم`) is preferred
 * over a bare rank, and the affiliation is the first actor named after it (`قائد "تحرير الشام" في درعا (أبو جابر الشامي)`).
 */
function roleOf(ctx: TextContext, hitAt: ReadonlyArray<LexiconHit<LexiconValue> | undefined>, first: number): Pick<Person, "role" | "affiliation"> {
  const sentence = sentenceOf(ctx, first);
  let chosen: LexiconHit<LexiconValue> | undefined;
  for (let j = first - 1; j >= 0 && j >= first - ROLE_WINDOW && sentenceOf(ctx, j) === sentence; j--) {
    const hit = hitAt[j];
    const role = hit && hit.firstToken === j ? titleRole(hit) : undefined;
    if (!hit || role === undefined || !DESCRIBES.has(role)) continue;
    if (!chosen) chosen = hit;
    if (FUNCTION_ROLES.has(role)) {
      chosen = hit;
      break;
    }
  }
  if (!chosen) return {};
  const out: Pick<Person, "role" | "affiliation"> = { role: hitText(ctx, chosen) };
  for (let j = chosen.endToken; j < first; j++) {
    const hit = hitAt[j];
    const actor = hit?.values.find((v) => v.kind === "actor");
    if (actor?.kind === "actor") {
      out.affiliation = actor.entry.name;
      break;
    }
  }
  return out;
}

function hitText(ctx: TextContext, hit: LexiconHit<LexiconValue>): string {
  const span = bodySpan(ctx, (ctx.tokens.starts[hit.firstToken] ?? 0) + hit.prefixLength, ctx.tokens.ends[hit.endToken - 1] ?? 0);
  return ctx.body.slice(span.start, span.end).replace(/[\u064b-\u065f\u0670\u0640]/g, "");
}

/** A family name or nisba used alone after the full name (`"الجباوي"`, `(العراقي)`): the same person. */
function surnameMentions(ctx: TextContext, hitAt: ReadonlyArray<LexiconHit<LexiconValue> | undefined>, found: readonly Found[], persons: readonly Person[]): Found[] {
  const surnames = new Map<string, number>();
  for (const f of found) {
    const last = ctx.tokens.texts[f.end - 1] ?? "";
    if (f.end - f.first >= 2 && last.startsWith("ال") && last.length >= 5) surnames.set(last, f.person);
  }
  if (surnames.size === 0 || persons.length === 0) return [];
  const taken = new Uint8Array(ctx.tokens.count);
  for (const f of found) taken.fill(1, f.first, f.end);
  const out: Found[] = [];
  for (let i = 0; i < ctx.tokens.count; i++) {
    if (taken[i] === 1 || hitAt[i] !== undefined) continue;
    // The first reading that is a surname (`والجباوي` → `الجباوي`), as `cliticMatch` would find it.
    let person: number | undefined;
    let prefix = 0;
    for (const [stem, length] of cliticReadingsAt(ctx.tokens, i)) {
      person = surnames.get(stem);
      prefix = length;
      if (person !== undefined) break;
    }
    const firstOccurrence = person === undefined ? undefined : found.find((f) => f.person === person);
    if (person !== undefined && firstOccurrence && firstOccurrence.first < i) out.push({ first: i, end: i + 1, prefix, person });
  }
  return out;
}
