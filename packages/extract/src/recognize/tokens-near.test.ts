import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Lexicons } from "../lexicon/index";
import { cliticReadings, TokenTrie } from "../lexicon/trie";
import type { LexiconValue } from "../lexicon/types";
import { matchingKey } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import type { TextContext } from "./context";
import { cliticMatch, withHidden } from "./tokens-near";

const trigger = { kind: "trigger" } as unknown as LexiconValue;
const weapon = { kind: "weapon" } as unknown as LexiconValue;
const cue = { kind: "cue" } as unknown as LexiconValue;

const trie = new TokenTrie<LexiconValue>();
trie.add("انفجار سيارة مفخخة", trigger);
trie.add("سيارة مفخخة", weapon);
trie.add("سيارة مفخخة كبيرة", cue);
const lexicons = { trie, places: new Map(), actors: new Map(), outlets: new Map() } as Lexicons;

function contextOf(text: string): TextContext {
  const key = matchingKey(text);
  const tokens = tokenize(key.text);
  return { body: text, key, tokens, paragraphs: [], sentences: [], hits: trie.scan(tokens), lexicons, published: null };
}

const hiddenKinds = (text: string) => withHidden(contextOf(text), "weapon").map((hit) => hit.values[0]?.kind);

describe("hits hidden inside longer hits", () => {
  it("finds a weapon inside a longer trigger, every time the trigger occurs", () => {
    expect(hiddenKinds("انفجار سيارة مفخخة صباحا")).toEqual(["trigger", "weapon"]);
    expect(hiddenKinds("انفجار سيارة مفخخة مساء")).toEqual(["trigger", "weapon"]);
  });

  it("still finds it after an occurrence where what followed the trigger hid it", () => {
    // `سيارة مفخخة كبيرة` runs past the trigger's end: that occurrence says nothing about the next one.
    expect(hiddenKinds("انفجار سيارة مفخخة كبيرة")).toEqual(["trigger"]);
    expect(hiddenKinds("انفجار سيارة مفخخة صباحا")).toEqual(["trigger", "weapon"]);
  });
});

describe("cliticMatch and the trie's clitic readings", () => {
  it("finds a key behind a conjunction, a preposition or both (`والجباوي`, `للنظام`, `وبدرعا`)", () => {
    expect(cliticMatch("والجباوي", new Set(["الجباوي"]))).toEqual({ stem: "الجباوي", prefix: 1 });
    expect(cliticMatch("للنظام", new Set(["النظام"]))).toEqual({ stem: "النظام", prefix: 1 });
    expect(cliticMatch("وبدرعا", new Set(["درعا"]))).toEqual({ stem: "درعا", prefix: 2 });
    expect(cliticMatch("درعا", new Set(["درعا", "رعا"]))).toEqual({ stem: "درعا", prefix: 0 });
    expect(cliticMatch("بصرى", new Set(["درعا"]))).toBeUndefined();
  });

  it("agree: the match is the first reading whose stem is a key (what surname look-ups by reading rely on)", () => {
    const stems = ["الجباوي", "جاسم", "الحريري", "اسد", "ال", "لل", "ب"];
    const token = fc
      .tuple(fc.constantFrom("", "و", "ف"), fc.constantFrom("", "ب", "ل", "ك", "لل"), fc.constantFrom(...stems, "جباوي", "حريري"))
      .map(([conjunction, preposition, stem]) => conjunction + preposition + stem);
    fc.assert(
      fc.property(token, fc.subarray(stems), (text, keyList) => {
        const keys = new Set(keyList);
        const first = cliticReadings(text).find(([stem]) => keys.has(stem));
        expect(cliticMatch(text, keys)).toEqual(first ? { stem: first[0], prefix: first[1] } : undefined);
      }),
      { numRuns: 3000 },
    );
  });
});
