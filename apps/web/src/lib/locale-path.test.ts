import { describe, expect, it } from "vitest";
import { swapLocale } from "./locale-path";

describe("swapLocale", () => {
  it("keeps the page when switching language", () => {
    expect(swapLocale("/ar/incidents/12", "en")).toBe("/en/incidents/12");
  });
  it("switches the bare locale root", () => {
    expect(swapLocale("/en", "ar")).toBe("/ar");
  });
  it("does not mistake a path that only starts with the letters of a locale", () => {
    expect(swapLocale("/arabic", "en")).toBe("/en/arabic");
  });
});
