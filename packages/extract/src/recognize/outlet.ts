import type { OutletRef } from "@marsad/model";
import cues from "../../data/outlet-cues.json";
import { z } from "zod";
import { loadEntries } from "../lexicon/load";
import type { LexiconHit } from "../lexicon/trie";
import type { LexiconValue, OutletEntry } from "../lexicon/types";
import { keyOf } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import type { TextContext } from "./context";

const OutletCue = z.object({ form: z.string(), role: z.enum(["addressed", "withheld", "exclusive", "according-to"]) });
const cueRoles = new Map(loadEntries("outlet-cues.json", OutletCue, cues).map((cue) => [keyOf(cue.form), cue.role]));

const BYLINE_WEIGHT = 3;
const SELF_REFERENCE_WEIGHT = 2;

/**
 * The publishing outlet, from the evidence outlets leave about themselves: a byline or sign-off naming it,
 * or the outlet addressed with `ل` in the body ("sources told Orient": `لأورينت نت`, `لموقع السورية نت`),
 * or withholding a name (`تحفظت عنب بلدي على اسمه`). `وفقاً لـ X` is attribution, not self-reference.
 * No evidence, or a tie between outlets: null, never a guess.
 */
export function findOutlet(ctx: TextContext, bylines: readonly string[]): OutletRef | null {
  const scores = new Map<string, number>();
  const add = (entry: OutletEntry, weight: number) => scores.set(entry.id, (scores.get(entry.id) ?? 0) + weight);

  for (const line of bylines) {
    for (const hit of ctx.lexicons.trie.scan(tokenize(keyOf(line)))) {
      for (const entry of outletsOf(hit)) add(entry, BYLINE_WEIGHT);
    }
  }
  for (const hit of ctx.hits) {
    const outlets = outletsOf(hit);
    if (outlets.length === 0 || !isSelfReference(ctx, hit)) continue;
    for (const entry of outlets) add(entry, SELF_REFERENCE_WEIGHT);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || (second && second[1] === best[1])) return null;
  const entry = ctx.lexicons.outlets.get(best[0]);
  return entry ? { id: entry.id, name: entry.name, nameEn: entry.nameEn } : null;
}

const NO_OUTLETS: readonly OutletEntry[] = Object.freeze([]);

/** The outlets a hit names; most hits name none, and then nothing is allocated. */
function outletsOf(hit: LexiconHit<LexiconValue>): readonly OutletEntry[] {
  let outlets: OutletEntry[] | undefined;
  for (const value of hit.values) {
    if (value.kind !== "outlet") continue;
    outlets ??= [];
    outlets.push(value.entry);
  }
  return outlets ?? NO_OUTLETS;
}

function isSelfReference(ctx: TextContext, hit: LexiconHit<LexiconValue>): boolean {
  const first = ctx.tokens.texts[hit.firstToken] ?? "";
  const previous = ctx.tokens.texts[hit.firstToken - 1] ?? "";
  const beforePrevious = ctx.tokens.texts[hit.firstToken - 2] ?? "";
  const previousRole = cueRoles.get(previous);
  if (previousRole === "withheld") return true;
  if (previousRole === "addressed") return cueRoles.get(beforePrevious) !== "according-to";
  const addressed = (hit.prefixLength > 0 && first.startsWith("ل")) || previous === "ل";
  if (!addressed) return false;
  // `وفقاً لـ X`, `التابعة لـ X`: the ل belongs to the phrase before, and X is a source, not the publisher.
  const governing = previous === "ل" ? beforePrevious : previous;
  return cueRoles.get(governing) !== "according-to";
}
