import { describe, expect, it } from "vitest";
import { viewPair, viewPredicted } from "./event-views";
import { matchEvents } from "./match-events";
import { LOCALS, REGIME, TAFAS, actor, count, event, goldEvent, goldOf, place, prediction } from "./test-fixtures";

const BODY = "اندلعت اشتباكات في طفس.   قتل فيها  عنصران.";

describe("event views", () => {
  it("quotes each evidence span from the body, with white space folded, and names the place", () => {
    const result = prediction({ body: BODY, places: [place("tafas", "طفس", "Tafas")] });
    const view = viewPredicted(event({ place: "tafas", evidence: [{ start: 0, end: 23 }, { start: 24, end: BODY.length }] }), result);
    expect(view.place).toBe("طفس");
    expect(view.evidence).toEqual(["اندلعت اشتباكات في طفس.", "قتل فيها عنصران."]);
  });

  it("spells out each wrong attribute of a matched event", () => {
    const gold = goldOf({
      places: [TAFAS],
      events: [goldEvent({ actor1: REGIME, actor2: LOCALS, fatalities: { min: 2, max: 2 }, weapons: ["tank"] })],
    });
    const result = prediction({
      places: [place("tafas", "طفس", "Tafas")],
      actors: [actor("regime", "قوات النظام", "Syrian regime forces")],
      events: [event({ place: "tafas", subEventType: "Government regains territory", actor1: "regime", fatalities: count(5) })],
    });
    const [pair] = matchEvents(gold, result).pairs;
    if (!pair) throw new Error("expected a matched event");
    expect(viewPair(pair, result).wrong).toEqual([
      "sub-event type Government regains territory, accepted Armed clash",
      "actor2 none, accepted المقاتلين المحليين | Local fighters",
      "fatalities 5, expected 2",
      "weapons [], expected at least [tank]",
    ]);
  });
});
