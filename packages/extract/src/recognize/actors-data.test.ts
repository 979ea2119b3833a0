import { describe, expect, it } from "vitest";
import { actorEntries } from "../lexicon/registries";
import { keyOf } from "../normalize/matching-key";
import { actorRules } from "./actors-data";

const actors = actorEntries();
const ids = new Set(actors.map((a) => a.id));

describe("actor registry", () => {
  it("holds at least 150 actors of the conflict", () => {
    expect(actors.length).toBeGreaterThanOrEqual(150);
  });

  it("gives every actor a unique id and a parent that exists", () => {
    expect(ids.size).toBe(actors.length);
    for (const actor of actors) if (actor.parent) expect(ids, `${actor.id} → ${actor.parent}`).toContain(actor.parent);
  });

  it("never gives one spelling to two actors", () => {
    const owner = new Map<string, string>();
    for (const actor of actors) {
      for (const form of [actor.name, ...actor.aliases]) {
        const key = keyOf(form);
        const previous = owner.get(key);
        expect(previous === undefined || previous === actor.id, `${form}: ${previous} and ${actor.id}`).toBe(true);
        owner.set(key, actor.id);
      }
    }
  });

  it("writes forms a token matcher can reach: letters, digits and spaces only", () => {
    for (const actor of actors) {
      for (const form of [actor.name, ...actor.aliases]) expect(keyOf(form), form).toMatch(/^[\u0621-\u064a0-9a-z ]+$/);
    }
  });

  it("knows the regime under its hostile and official names", () => {
    const regime = actors.find((a) => a.id === "syrian-regime");
    expect(regime?.aliases).toEqual(expect.arrayContaining(["ميليشيا أسد", "نظام الأسد", "الجيش العربي السوري", "القوات الحكومية"]));
  });
});

describe("actor form rules", () => {
  it("point only at forms and actors of the registry", () => {
    const forms = new Set(actors.flatMap((a) => [a.name, ...a.aliases].map(keyOf)));
    for (const [form, rule] of actorRules().forms) {
      expect(forms, form).toContain(form);
      if (rule.rule === "resolve-to-present") for (const id of [...rule.actors, rule.fallback]) expect(ids).toContain(id);
    }
  });
});
