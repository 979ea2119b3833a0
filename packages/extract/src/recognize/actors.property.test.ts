import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryArticle } from "../../test/arbitrary-text";
import { recognizeActors } from "./actors";
import { recognizePersons } from "./persons";
import { recognizeSources } from "./sources";
import { recognizeWeapons } from "./weapons";
import { contextOf } from "./test-context";

describe("actor, person, weapon and source recognizers on arbitrary text", () => {
  it("give mentions whose text is the body slice and whose ref names a listed entry", () => {
    fc.assert(
      fc.property(arbitraryArticle, (body) => {
        const ctx = contextOf(body);
        const actors = recognizeActors(ctx);
        const persons = recognizePersons(ctx);
        const sources = recognizeSources(ctx);
        const weapons = recognizeWeapons(ctx);
        for (const m of [...actors.mentions, ...persons.mentions, ...sources.mentions, ...weapons.mentions]) {
          expect(body.slice(m.start, m.end)).toBe(m.text);
          expect(m.text.length).toBeGreaterThan(0);
        }
        const actorIds = new Set(actors.actors.map((a) => a.id));
        for (const m of actors.mentions) expect(actorIds).toContain(m.ref);
        const personIds = new Set(persons.persons.map((p) => p.id));
        for (const m of persons.mentions) expect(personIds).toContain(m.ref);
        const sourceIds = new Set(sources.sources.map((s) => s.id));
        for (const m of sources.mentions) expect(sourceIds).toContain(m.ref);
        for (const a of sources.attributions) expect(a.sentence).toBeLessThan(ctx.sentences.length);
      }),
      { numRuns: 200 },
    );
  });
});
