import { describe, expect, it } from "vitest";
import { TokenMemo } from "./token-memo";

describe("token memo", () => {
  it("computes a token's value once and answers later asks from memory", () => {
    const memo = new TokenMemo<number>();
    let calls = 0;
    const length = (token: string) => {
      calls++;
      return token.length;
    };
    expect(memo.get("درعا", length)).toBe(4);
    expect(memo.get("درعا", length)).toBe(4);
    expect(calls).toBe(1);
  });

  it("never keeps a long token (it may hold a whole article's text alive)", () => {
    const memo = new TokenMemo<number>(10, 12);
    memo.get("ا".repeat(13), (t) => t.length);
    expect(memo.size).toBe(0);
  });

  it("stays within its capacity however many tokens it sees", () => {
    const memo = new TokenMemo<number>(100);
    for (let i = 0; i < 1000; i++) memo.get(`t${i}`, () => i);
    expect(memo.size).toBeLessThanOrEqual(100);
    expect(memo.get("t999", () => -1)).toBe(999);
  });
});
