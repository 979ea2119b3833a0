import { describe, expect, it } from "vitest";
import { isWhiteSpace } from "./white-space";

describe("white space by char code", () => {
  it("agrees with \\s and trim() on every UTF-16 unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      expect(isWhiteSpace(code), `U+${code.toString(16)}`).toBe(/\s/.test(ch));
      expect(isWhiteSpace(code)).toBe(ch.trim() === "");
    }
  });
});
