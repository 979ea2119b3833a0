import { describe, expect, it } from "vitest";
import { defaultLexicons } from "../lexicon/index";
import { actorEntries, titleEntries, weaponEntries } from "../lexicon/registries";
import { tokenize } from "../normalize/tokens";
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

describe("shared trie", () => {
  /** Another lexicon's longer form starting inside an actor or weapon form would hide it from the one-pass scan. */
  const reachable = (form: string, kind: "actor" | "weapon") => {
    const tokens = tokenize(keyOf(form));
    const hits = defaultLexicons().trie.scan(tokens);
    const [hit] = hits;
    return hits.length === 1 && hit?.endToken === tokens.count && hit.values.some((v) => v.kind === kind);
  };

  it("matches every actor form and every weapon form whole, as its own kind", () => {
    for (const actor of actors) for (const form of [actor.name, ...actor.aliases]) expect(reachable(form, "actor"), form).toBe(true);
    for (const entry of weaponEntries()) for (const form of entry.forms) expect(reachable(form, "weapon"), form).toBe(true);
  });
});

describe("person titles", () => {
  it("never end in words that open an actor name (`رئيس اللجنة` would hide `اللجنة الأمنية`)", () => {
    const actorKeys = actors.flatMap((a) => [a.name, ...a.aliases].map(keyOf));
    for (const entry of titleEntries()) {
      for (const form of entry.forms) {
        const tokens = tokenize(keyOf(form));
        for (let i = 1; i < tokens.count; i++) {
          const tail = `${tokens.texts.slice(i).join(" ")} `;
          expect(actorKeys.some((key) => key.startsWith(tail)), form).toBe(false);
        }
      }
    }
  });
});
