import { join } from "node:path";
import type { Actor, Event, ExtractionResult } from "@marsad/model";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import type { GoldFile } from "./gold-schema";
import { loadGoldSet } from "./load-gold";
import { goldNames } from "./match-entities";
import { anySameName } from "./normalize-name";
import { actor, count, event, figure, place, prediction, source } from "./test-fixtures";

const SEEDS = join(__dirname, "..", "..", "..", "seeds");

/** A prediction that says exactly what the gold says: the scorer must give it full marks. */
function oracle(gold: GoldFile): ExtractionResult {
  const { expect: want } = gold;
  const places = want.places.map((entry, i) => place(`p${i}`, entry.name, entry.aliases[0] ?? entry.name, entry.lat, entry.lon));
  const actors: Actor[] = want.actors.map((entry, i) => actor(`a${i}`, entry.name, entry.aliases.at(-1) ?? entry.name));
  const actorFor = (accepted: string[] | null): string | null => {
    if (!accepted) return null;
    const index = want.actors.findIndex((entry) => anySameName(goldNames(entry), accepted));
    if (index >= 0) return `a${index}`;
    actors.push(actor(`extra${actors.length}`, accepted[0] ?? "?", "?"));
    return `extra${actors.length - 1}`;
  };
  const events: Event[] = want.events
    .filter((gold) => gold.required)
    .map((gold, i) =>
      event({
        id: `e${i}`,
        eventType: gold.eventType,
        subEventType: gold.subEventType[0] ?? "Other",
        place: `p${want.places.findIndex((entry) => anySameName(goldNames(entry), gold.place))}`,
        date: { value: gold.date, precision: gold.date ? "day" : "unknown", text: "" },
        actor1: actorFor(gold.actor1),
        actor2: actorFor(gold.actor2),
        fatalities: gold.fatalities ? count(gold.fatalities.min) : null,
        captured: gold.captured ? count(gold.captured.min) : null,
        weapons: gold.weapons,
      }),
    );
  const outlet = want.outlet ? { id: "o", name: want.outlet[0] ?? "", nameEn: want.outlet.at(-1) ?? "" } : null;
  return prediction({
    title: want.title,
    outlet,
    published: want.published,
    body: want.bodyIncludes.join("\n"),
    places,
    actors,
    persons: want.persons.map((entry, i) => ({ id: `h${i}`, name: entry.name })),
    sources: want.sources.map((entry, i) => source(`s${i}`, entry.name, entry.aliases[0] ?? entry.name)),
    mentions: want.weapons.map((weapon) => ({ kind: "weapon", text: weapon, start: 0, end: 0, ref: weapon })),
    events,
    figures: want.figures.map((gold) => figure(gold.kind, gold.min, gold.max)),
  });
}

describe("an oracle prediction built from the seed gold", () => {
  const cases = loadGoldSet(join(SEEDS, "gold"), SEEDS);
  const byText = new Map(cases.map((c) => [c.articleText, c.gold]));
  const report = evaluate({
    goldDir: join(SEEDS, "gold"),
    articlesDir: SEEDS,
    extract: (text) => {
      const gold = byText.get(text);
      if (!gold) throw new Error("unknown article");
      return oracle(gold);
    },
  });
  const { totals } = report;

  it("scores 1.0 on every entity kind, weapons and figures", () => {
    for (const figures of [...Object.values(totals.entities), totals.weapons, totals.figures]) {
      expect(figures).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    }
  });

  it("places every matched place well and gets title, outlet and published right", () => {
    for (const field of [totals.geocoding, totals.title, totals.outlet, totals.published]) expect(field.accuracy).toBe(1);
  });

  it("finds every required event with every scored attribute right and no forbid violation", () => {
    expect(totals.events).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1 });
    for (const attribute of Object.values(totals.attributes)) expect([1, null]).toContain(attribute.accuracy);
    expect(totals.attributes.subEventType.accuracy).toBe(1);
    expect(totals.date.accuracy).toBe(1);
    expect(totals.forbidViolations).toBe(0);
  });
});
