import { z } from "zod";
import numbers from "../../data/numbers.json";
import { loadEntries } from "../lexicon/load";
import { keyOf } from "../normalize/matching-key";
import { GuardedTrie, Starters } from "./number-words-starters";

/** One line of `data/numbers.json`: number words and the words around numbers that change what they mean. */
export const NumberEntry = z.discriminatedUnion("kind", [
  /** A cardinal word with its value (`خمسة`, `عشرين`, `مئتين`, `ثلاثمئة`, `ألفين`). */
  z.object({ kind: z.literal("number"), value: z.number().int().positive(), forms: z.array(z.string()).min(1) }),
  /** `عشر`/`عشرة` after a unit: 13–19. */
  z.object({ kind: z.literal("teen-suffix"), forms: z.array(z.string()).min(1) }),
  /** `ونصف` after a scale: half of it more (`مليون ونصف`). */
  z.object({ kind: z.literal("half"), forms: z.array(z.string()).min(1) }),
  /** A multiplier after a number (`ألف`, `آلاف`, `مليون`). */
  z.object({ kind: z.literal("scale"), value: z.number().int().positive(), forms: z.array(z.string()).min(1) }),
  /** A plural of a power of ten used alone (`عشرات`, `مئات`): at least two, fewer than ten of `unit`. */
  z.object({ kind: z.literal("vague"), unit: z.number().int().positive(), forms: z.array(z.string()).min(1) }),
  /** A few (`بضعة`, `عدة`): a range of units, also a multiplier of a following vague plural (`بضعة آلاف`). */
  z.object({
    kind: z.literal("few"),
    min: z.number().int(),
    max: z.number().int(),
    /** Also after its noun (`حواجز عدة`). */
    followsNoun: z.boolean().optional(),
    forms: z.array(z.string()).min(1),
  }),
  /** "A number of" (`عدد من`): a quantity the text does not state. */
  z.object({ kind: z.literal("some"), forms: z.array(z.string()).min(1) }),
  /** "One of" (`أحد المدنيين`). */
  z.object({ kind: z.literal("one-of"), forms: z.array(z.string()).min(1) }),
  /** A qualifier before a number: a lower bound, an upper bound or an approximation. */
  z.object({ kind: z.literal("bound"), effect: z.enum(["min", "max", "approx"]), forms: z.array(z.string()).min(1) }),
  /** A qualifier after a number and its noun (`على الأقل`, `تقريباً`). */
  z.object({ kind: z.literal("trailing"), effect: z.enum(["min", "max", "approx"]), forms: z.array(z.string()).min(1) }),
  /** Singular nouns whose dual (`-ان/-ين`, `ة → ت`) means two and is not also their plural. */
  z.object({ kind: z.literal("dual-noun"), forms: z.array(z.string()).min(1) }),
  /** A singular noun that counts one when `آخر`/`أخرى` follows it (`مقتل شخص آخر`). */
  z.object({ kind: z.literal("one-noun"), forms: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal("another"), forms: z.array(z.string()).min(1) }),
  /** A word that makes the number after it a name or a label (`الفرقة 15`, `عيار 23`, `عام 2018`). */
  z.object({ kind: z.literal("name-before"), forms: z.array(z.string()).min(1) }),
  /** A word after a number that makes it a percentage or a calibre (`30 بالمئة`, `57 ملم`), not a count. */
  z.object({ kind: z.literal("label-after"), forms: z.array(z.string()).min(1) }),
  /** Set phrases with a number word that count nothing (`في آن واحد`). */
  z.object({ kind: z.literal("idiom"), forms: z.array(z.string()).min(1) }),
  /** Opens a range (`بين 10 و15`, `من 3 إلى 5`); `range-joint` is the word between its ends. */
  z.object({ kind: z.literal("range-open"), forms: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal("range-joint"), forms: z.array(z.string()).min(1) }),
  /** Nouns that begin with و (`وحدات`, `وفود`): any other و-initial word after a number is `و` + a new clause. */
  z.object({ kind: z.literal("waw-noun"), forms: z.array(z.string()).min(1) }),
  /** Function words that are never the counted noun. */
  z.object({ kind: z.literal("not-noun"), forms: z.array(z.string()).min(1) }),
]);
export type NumberEntry = z.infer<typeof NumberEntry>;

export type NumberWord =
  | { kind: "number"; value: number }
  | { kind: "teen-suffix" }
  | { kind: "half" }
  | { kind: "scale"; value: number }
  | { kind: "vague"; unit: number }
  | { kind: "few"; min: number; max: number; followsNoun: boolean }
  | { kind: "some" }
  | { kind: "one-of" };

export type Bound = "min" | "max" | "approx";

/** A noun whose dual counts two; `before` are the words of a multi-word noun before the inflected one (`صف`). */
export interface DualNoun {
  readonly singular: string;
  readonly before: readonly string[];
}

/** Number lexicons indexed for token lookups: no regular expression per entry. */
export interface NumberLexicon {
  readonly words: GuardedTrie<NumberWord>;
  readonly bounds: GuardedTrie<Bound>;
  readonly trailing: GuardedTrie<Bound>;
  readonly nameBefore: GuardedTrie<true>;
  readonly labelAfter: GuardedTrie<true>;
  /** Dual form (key) → singular (key): `دبابتين` → `دبابه`. Multi-word nouns inflect their last word. */
  readonly duals: ReadonlyMap<string, readonly DualNoun[]>;
  readonly notNoun: ReadonlySet<string>;
  readonly idioms: GuardedTrie<true>;
  readonly wawNouns: ReadonlySet<string>;
  readonly oneNouns: ReadonlySet<string>;
  readonly another: ReadonlySet<string>;
  readonly rangeOpen: GuardedTrie<true>;
  readonly rangeJoint: ReadonlySet<string>;
  /** First words of number words, bounds and duals: tokens that may start a quantity (besides digits). */
  readonly starters: Starters;
}

function wordOf(entry: NumberEntry): NumberWord | null {
  switch (entry.kind) {
    case "number":
    case "scale":
      return { kind: entry.kind, value: entry.value };
    case "vague":
      return { kind: "vague", unit: entry.unit };
    case "few":
      return { kind: "few", min: entry.min, max: entry.max, followsNoun: entry.followsNoun ?? false };
    case "teen-suffix":
    case "half":
    case "some":
    case "one-of":
      return { kind: entry.kind };
    default:
      return null;
  }
}

/**
 * `دبابه` → `دبابتين`, `دبابتان`: taa marbuta becomes ت before the suffix. The construct forms (`دبابتي`)
 * are left out: they collide with adjectives (`يومي`, `شخصي`, `جانبي`).
 */
export function dualForms(singularKey: string): string[] {
  const stem = singularKey.endsWith("ه") ? `${singularKey.slice(0, -1)}ت` : singularKey;
  return [`${stem}ين`, `${stem}ان`];
}

export function buildNumberLexicon(entries: readonly NumberEntry[]): NumberLexicon {
  const words = new GuardedTrie<NumberWord>();
  const bounds = new GuardedTrie<Bound>();
  const trailing = new GuardedTrie<Bound>();
  const nameBefore = new GuardedTrie<true>();
  const labelAfter = new GuardedTrie<true>();
  const duals = new Map<string, DualNoun[]>();
  const notNoun = new Set<string>();
  const starters = new Starters();
  const idioms = new GuardedTrie<true>();
  const rangeOpen = new GuardedTrie<true>();
  const rangeJoint = new Set<string>();
  const wawNouns = new Set<string>();
  const oneNouns = new Set<string>();
  const another = new Set<string>();
  for (const entry of entries) {
    const word = wordOf(entry);
    for (const form of entry.forms) {
      const first = keyOf(form).split(" ")[0] ?? "";
      if (word || entry.kind === "bound" || entry.kind === "idiom" || entry.kind === "range-open") starters.add(first);
      if (word) words.add(form, word);
      else if (entry.kind === "bound") bounds.add(form, entry.effect);
      else if (entry.kind === "trailing") trailing.add(form, entry.effect);
      else if (entry.kind === "name-before") nameBefore.add(form, true);
      else if (entry.kind === "label-after") labelAfter.add(form, true);
      else if (entry.kind === "not-noun") notNoun.add(keyOf(form));
      else if (entry.kind === "idiom") idioms.add(form, true);
      else if (entry.kind === "range-open") rangeOpen.add(form, true);
      else if (entry.kind === "range-joint") rangeJoint.add(keyOf(form));
      else if (entry.kind === "waw-noun") wawNouns.add(keyOf(form));
      else if (entry.kind === "one-noun") {
        oneNouns.add(keyOf(form));
        starters.add(keyOf(form));
      } else if (entry.kind === "another") another.add(keyOf(form));
      else if (entry.kind === "dual-noun") {
        const parts = keyOf(form).split(" ");
        const last = parts.pop() ?? "";
        for (const dual of dualForms(last)) {
          const list = duals.get(dual) ?? [];
          list.push({ singular: keyOf(form), before: parts });
          starters.add(parts[0] ?? dual);
          // Longest multi-word noun first, so `صف ضابطين` is read before `ضابطين`.
          list.sort((a, b) => b.before.length - a.before.length);
          duals.set(dual, list);
        }
      }
    }
  }
  return { words, bounds, trailing, nameBefore, labelAfter, duals, notNoun, starters, idioms, rangeOpen, rangeJoint, wawNouns, oneNouns, another };
}

let defaults: NumberLexicon | undefined;
/** The built-in number lexicon from `data/numbers.json`, parsed once. */
export function numberLexicon(): NumberLexicon {
  defaults ??= buildNumberLexicon(loadEntries("numbers.json", NumberEntry, numbers));
  return defaults;
}
