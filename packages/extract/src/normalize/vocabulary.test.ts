import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens";
import { NO_WORD, vocabularyGeneration, WordFacts, wordFactsBy, wordId, wordIdAt, wordText } from "./vocabulary";

const SEED_SENTENCE = "وذكرت مصادر محلية أن قوات النظام قصفت مدينة طفس بريف درعا الغربي بقذائف الهاون";

describe("word ids", () => {
  it("gives one id per token text, a different one to a different text, and none to a long token", () => {
    const tokens = tokenize(`${SEED_SENTENCE} قصفت درعا`);
    const byText = new Map<string, number>();
    for (let i = 0; i < tokens.count; i++) {
      const text = tokens.texts[i] ?? "";
      const id = tokens.ids[i] ?? NO_WORD;
      expect(id).not.toBe(NO_WORD);
      if (byText.has(text)) expect(byText.get(text)).toBe(id);
      byText.set(text, id);
    }
    expect(new Set(byText.values()).size).toBe(byText.size);
    expect(wordId("والمستشفيات الميدانية".replace(" ", ""))).toBe(NO_WORD);
  });
});

describe("word ids read in place", () => {
  it("gives a stretch of a text the id of the same text on its own, and stores that text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat(30), fc.nat(14), (text, from, width) => {
        const start = Math.min(from, text.length);
        const end = Math.min(text.length, start + width);
        const id = wordIdAt(text, start, end);
        expect(id).toBe(wordId(text.slice(start, end)));
        if (id !== NO_WORD) expect(wordText(id)).toBe(text.slice(start, end));
        else expect(end - start).toBeGreaterThan(12);
      }),
      { numRuns: 2000 },
    );
  });

  it("tokens of one word share one stored string", () => {
    const tokens = tokenize("درعا درعا");
    expect(tokens.texts[0]).toBe("درعا");
    expect(tokens.ids[0]).toBe(tokens.ids[1]);
    expect(wordText(tokens.ids[0] ?? NO_WORD)).toBe("درعا");
  });
});

describe("WordFacts", () => {
  it("answers what its computation answers for every token, computing once per word", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SEED_SENTENCE.split(" "), "ل15", "t72", "2018"), { minLength: 1, maxLength: 40 }), (words) => {
        const calls = new Map<string, number>();
        const facts = new WordFacts((text) => {
          calls.set(text, (calls.get(text) ?? 0) + 1);
          return `${text}:${text.length}`;
        });
        const tokens = tokenize(words.join(" "));
        for (let round = 0; round < 2; round++) {
          for (let i = 0; i < tokens.count; i++) expect(facts.of(tokens, i)).toBe(`${tokens.texts[i]}:${tokens.texts[i]?.length}`);
        }
        for (const count of calls.values()) expect(count).toBe(1);
      }),
    );
  });

  it("computes again after clear(), and never answers from ids of an older vocabulary generation", () => {
    let version = 1;
    const facts = new WordFacts((text) => `${text}@${version}`);
    const before = tokenize(SEED_SENTENCE);
    expect(facts.of(before, 0)).toBe("وذكرت@1");
    version = 2;
    facts.clear();
    expect(facts.of(before, 0)).toBe("وذكرت@2");

    const generation = vocabularyGeneration();
    // Enough new words to fill the vocabulary: it starts again, and the old ids then belong to other words.
    for (let n = 0; vocabularyGeneration() === generation; n++) wordId(`w${n.toString(36)}`);
    const highestOldId = Math.max(...before.ids);
    const others = tokenize(Array.from({ length: highestOldId + 1 }, (_, n) => `x${n.toString(36)}`).join(" "));
    for (let i = 0; i < others.count; i++) expect(facts.of(others, i)).toBe(`${others.texts[i]}@2`);
    for (let i = 0; i < before.count; i++) expect(facts.of(before, i)).toBe(`${before.texts[i]}@2`);
  });
});

describe("wordFactsBy", () => {
  it("keeps one table of facts per key object, each answering for its own key", () => {
    const memberOf = wordFactsBy((keys: ReadonlySet<string>, text) => keys.has(text));
    const places = new Set(["درعا", "طفس"]);
    const forces = new Set(["قوات"]);
    const tokens = tokenize(SEED_SENTENCE);
    const where = (keys: ReadonlySet<string>) => tokens.texts.filter((_, i) => memberOf(keys).of(tokens, i));
    expect(memberOf(places)).toBe(memberOf(places));
    expect(memberOf(places)).not.toBe(memberOf(forces));
    expect(where(places)).toEqual(["طفس", "درعا"]);
    expect(where(forces)).toEqual(["قوات"]);
  });
});
