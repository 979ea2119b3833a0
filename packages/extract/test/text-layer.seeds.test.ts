import { describe, expect, it } from "vitest";
import { extract } from "../src/index";
import { seedCases } from "./seeds";

describe.each(seedCases())("text layer on seed $file", ({ text, gold }) => {
  const result = extract(text, { published: gold.hint.published });

  it("finds the gold title", () => {
    expect(result.article.title).toBe(gold.expect.title);
  });

  it("names the gold outlet, or none when the article does not say", () => {
    if (gold.expect.outlet === null) expect(result.article.outlet).toBeNull();
    else expect(gold.expect.outlet).toContain(result.article.outlet?.name);
  });

  it("keeps every bodyIncludes fragment", () => {
    for (const fragment of gold.expect.bodyIncludes) expect(result.article.body).toContain(fragment);
  });

  it("drops every bodyExcludes fragment", () => {
    for (const fragment of gold.expect.bodyExcludes) expect(result.article.body).not.toContain(fragment);
  });

  it("keeps the title out of the body", () => {
    expect(result.article.body.startsWith(result.article.title)).toBe(false);
  });

  it("records removed chrome as ranges of the raw input", () => {
    for (const span of result.article.removed) {
      expect(span.end).toBeGreaterThanOrEqual(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
  });
});
