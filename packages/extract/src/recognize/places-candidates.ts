import type { Span } from "@marsad/model";
import type { LexiconHit } from "../lexicon/trie";
import type { LexiconValue, PlaceEntry } from "../lexicon/types";
import type { TextContext } from "./context";
import type { PlaceCue } from "./places-cues";
import { combineDirections, type DirectionWords } from "./places-regions";
import type { CueReader } from "./places-tokens";
import { hitSpan, sentenceIndexAt } from "./spans";

type Trigger = Extract<PlaceCue, { role: "trigger" }>;

/** A lexicon hit that may name a place, with what the words around it say. */
export interface PlaceCandidate {
  readonly hit: LexiconHit<LexiconValue>;
  readonly entries: readonly PlaceEntry[];
  readonly span: Span;
  readonly sentence: number;
  /** The matched form's key, clitic removed. */
  readonly form: string;
  readonly trigger: Trigger | null;
  /** First token of the trigger or direction words before the name, for the span of a region. */
  readonly phraseStart: { token: number; prefixLength: number } | null;
  readonly directionBefore: DirectionWords | null;
  /** `ريف X الغربي`: the direction adjective after the name, and the token it ends at. */
  readonly directionAfter: { words: DirectionWords; endToken: number } | null;
  readonly locativeBefore: boolean;
  readonly locatedAfter: boolean;
  readonly near: boolean;
  readonly personContext: boolean;
  /** The name ends a clause: punctuation or the end of the text follows. */
  readonly boundaryAfter: boolean;
  /** A conjunction or comma joins it to the name before it (`طفس والشجرة`, `طفس، الشجرة`). */
  readonly coordinatedWithPrevious: boolean;
  /** A clock time just before (`11:07 دمشق`): a time-zone label of a page, not a mention. */
  readonly clockBefore: boolean;
  /** The hit also names an outlet (`الوطن`, `درعا 24`) or an actor. */
  readonly outlet: boolean;
  readonly actor: boolean;
}

const wordsOf = (cue: Extract<PlaceCue, { role: "direction" | "direction_after" }>): DirectionWords => ({
  direction: cue.direction,
  noun: cue.noun,
  adjective: cue.adjective,
});

function directionAt(reader: CueReader, i: number, role: "direction" | "direction_after"): DirectionWords | null {
  const [cue] = reader.at(i, role);
  return cue ? wordsOf(cue) : null;
}

/** The matched words as one key, without the clitic of the first (`وبمدينة` → `مدينه`). */
function matchedForm(reader: CueReader, first: number, last: number, prefixLength: number): string {
  const words = [reader.text(first).slice(prefixLength)];
  for (let i = first + 1; i <= last; i++) words.push(reader.text(i));
  // Tokens are already matching keys.
  return words.join(" ");
}

const CLAUSE_END = /[.,;:!?()"«»\n]/;
const CLOCK_BEFORE = /\d{1,2}:\d{2}\s*$/;

/** `11:07 دمشق`: a clock time ends just before `offset` (a colon is looked for first; it is rare). */
function clockJustBefore(text: string, offset: number): boolean {
  const from = Math.max(0, offset - 8);
  for (let k = from; k < offset; k++) if (text.charCodeAt(k) === 0x3a) return CLOCK_BEFORE.test(text.slice(from, offset));
  return false;
}

export function placeCandidates(ctx: TextContext, reader: CueReader): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  let titleEnd = -1;
  for (const hit of ctx.hits) {
    // One pass over the values: most hits name no place and cost nothing more.
    let entries: PlaceEntry[] | undefined;
    let outlet = false;
    let actor = false;
    let title = false;
    for (const v of hit.values) {
      if (v.kind === "place") {
        entries ??= [];
        entries.push(v.entry);
      } else if (v.kind === "outlet") outlet = true;
      else if (v.kind === "actor") actor = true;
      else if (v.kind === "title") title = true;
    }
    const first = hit.firstToken;
    const last = hit.endToken - 1;
    const titleBefore = titleEnd === first;
    if (title) titleEnd = hit.endToken;
    if (entries === undefined) continue;
    const span = hitSpan(ctx, hit);
    const before = first - 1;
    const linkedBefore = reader.linked(before);
    const trigger = linkedBefore ? (reader.at(before, "trigger")[0] ?? null) : null;

    let directionBefore: DirectionWords | null = null;
    let phraseStart: PlaceCandidate["phraseStart"] = null;
    if (linkedBefore) {
      const dir = directionAt(reader, before, "direction");
      if (dir) {
        directionBefore = dir;
        phraseStart = { token: before, prefixLength: reader.reading(before, "direction")?.prefixLength ?? 0 };
        const earlier = reader.linked(before - 1) ? directionAt(reader, before - 1, "direction") : null;
        const compound = earlier ? combineDirections(earlier, dir) : undefined;
        if (compound) {
          directionBefore = compound;
          phraseStart = { token: before - 1, prefixLength: reader.reading(before - 1, "direction")?.prefixLength ?? 0 };
        }
      } else if (trigger) phraseStart = { token: before, prefixLength: reader.reading(before, "trigger")?.prefixLength ?? 0 };
    }

    let directionAfter: PlaceCandidate["directionAfter"] = null;
    if (reader.linked(last)) {
      const dir = directionAt(reader, last + 1, "direction_after");
      if (dir) {
        const second = reader.linked(last + 1) ? directionAt(reader, last + 2, "direction_after") : null;
        const compound = second ? combineDirections(dir, second) : undefined;
        directionAfter = compound ? { words: compound, endToken: last + 3 } : { words: dir, endToken: last + 2 };
      }
    }

    const next = last + 1;
    const locatedAfter =
      reader.linked(last) &&
      (reader.at(next, "located_by").length > 0 ||
        (reader.text(next) === "في" && reader.linked(next) && reader.at(next + 1, "located_by").length > 0));
    const firstText = reader.text(first);
    const locativeBefore = (linkedBefore && reader.at(before, "locative").length > 0) || (hit.prefixLength > 0 && firstText.startsWith("ب"));
    // `قرب X`, `محيط X`, and `بالقرب من X`.
    const near =
      linkedBefore &&
      (reader.at(before, "near").length > 0 || (reader.text(before) === "من" && reader.linked(before - 1) && reader.at(before - 1, "near").length > 0));
    const personContext = titleBefore || (linkedBefore && reader.at(before, "person").length > 0);
    const boundaryAfter = next >= reader.count || CLAUSE_END.test(reader.gap(last));
    const coordinatedWithPrevious =
      before >= 0 &&
      ((hit.prefixLength > 0 && firstText.startsWith("و") && reader.linked(before)) || reader.gap(before) === ",");

    const keyStart = ctx.tokens.starts[first] ?? 0;
    const clockBefore = clockJustBefore(ctx.tokens.text, keyStart);
    out.push({
      hit,
      clockBefore,
      entries,
      span,
      sentence: sentenceIndexAt(ctx, span.start),
      form: matchedForm(reader, first, last, hit.prefixLength),
      trigger,
      phraseStart,
      directionBefore,
      directionAfter,
      locativeBefore,
      locatedAfter: locatedAfter || directionAfter !== null,
      near,
      personContext,
      boundaryAfter,
      coordinatedWithPrevious,
      outlet,
      actor,
    });
  }
  return out;
}

