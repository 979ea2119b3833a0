import { describe, expect, it } from "vitest";
import { keyOf } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import { cliticReadings, TokenTrie } from "./trie";

function scan(trie: TokenTrie<string>, text: string) {
  const tokens = tokenize(keyOf(text));
  return trie.scan(tokens).map((hit) => ({ values: hit.values, prefix: hit.prefixLength, tokens: tokens.texts.slice(hit.firstToken, hit.endToken).join(" ") }));
}

describe("token trie", () => {
  const trie = new TokenTrie<string>();
  trie.add("قوات النظام", "regime");
  trie.add("قوات النظام السوري", "regime");
  trie.add("النظام", "regime");
  trie.add("درعا", "daraa");
  trie.add("درعا 24", "daraa24");
  trie.add("طفس", "tafas");

  it("prefers the longest form", () => {
    expect(scan(trie, "قصفت قوات النظام السوري المدينة")).toEqual([{ values: ["regime"], prefix: 0, tokens: "قوات النظام السوري" }]);
  });

  it("tells a network named with a number from the place", () => {
    expect(scan(trie, "نشرت شبكة درعا 24 صورا من درعا").map((h) => h.values[0])).toEqual(["daraa24", "daraa"]);
  });

  it("matches after prefix clitics and reports their length", () => {
    expect(scan(trie, "وبطفس")).toEqual([{ values: ["tafas"], prefix: 2, tokens: "وبطفس" }]);
    expect(scan(trie, "للنظام")[0]?.values).toEqual(["regime"]);
  });

  it("matches across hamza and diacritic variants", () => {
    expect(scan(trie, "قُوَّات النِّظام")[0]?.values).toEqual(["regime"]);
  });

  it("finds a form added after the trie has already been scanned (no stale start nodes)", () => {
    const growing = new TokenTrie<string>();
    growing.add("طفس", "tafas");
    expect(scan(growing, "وبنوى")).toEqual([]);
    growing.add("نوى", "nawa");
    expect(scan(growing, "وبنوى")).toEqual([{ values: ["nawa"], prefix: 2, tokens: "وبنوي" }]);
  });

  it("does not join a name across a full stop", () => {
    expect(scan(trie, "قوات. النظام").map((h) => h.tokens)).toEqual(["النظام"]);
  });

  it("reads a token with conjunction and preposition removed, as written first", () => {
    expect(cliticReadings("وللنظام").map(([stem]) => stem)).toEqual(["وللنظام", "للنظام", "النظام", "لنظام"]);
  });
});

describe("nested matches", () => {
  it("keeps the shorter match of another kind under the longest one", () => {
    const trie = new TokenTrie<string>();
    trie.add("قصف", "trigger:shell");
    trie.add("قصف مدفعي", "weapon:artillery");
    const hit = trie.scan(tokenize(keyOf("تعرضت المدينة لقصف مدفعي عنيف")))[0];
    expect(hit?.values).toEqual(["weapon:artillery"]);
    expect(hit?.nested.map((n) => n.values)).toEqual([["trigger:shell"]]);
  });
});
