import { describe, expect, it } from "vitest";
import { countWithin, matchEvents } from "./match-events";
import { LOCALS, REGIME, TAFAS, actor, count, event, goldEvent, goldOf, place, prediction } from "./test-fixtures";

const JASIM = { name: "جاسم", aliases: ["Jasim"], lat: 32.99, lon: 36.06, required: true };
const places = [place("tafas", "طفس", "Tafas"), place("jasim", "جاسم", "Jasim")];
const actors = [actor("regime", "قوات النظام", "Syrian regime forces"), actor("locals", "مقاتلون محليون", "Local fighters")];

describe("matchEvents", () => {
  it("matches an event of the same type at an accepted place, found through the place's English name", () => {
    const gold = goldOf({ places: [TAFAS], events: [goldEvent()] });
    const result = prediction({ places: [place("p9", "Tafs?", "Tafas")], events: [event({ place: "p9" })] });
    expect(matchEvents(gold, result).counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("does not match another event type or another place", () => {
    const gold = goldOf({ places: [TAFAS, JASIM], events: [goldEvent()] });
    const result = prediction({
      places,
      events: [
        event({ id: "shelling", place: "tafas", eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" }),
        event({ id: "elsewhere", place: "jasim" }),
      ],
    });
    const score = matchEvents(gold, result);
    expect(score.counts).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(score.misses[0]?.gold.note).toBe("a gold note");
  });

  it("requires the gold date when it is given, and counts the wrong date against date accuracy", () => {
    const gold = goldOf({ places: [TAFAS], events: [goldEvent({ date: "2021-07-29" })] });
    const dated = (value: string) => event({ place: "tafas", date: { value, precision: "day", text: "" } });
    expect(matchEvents(gold, prediction({ places, events: [dated("2021-07-29")] })).date).toEqual({ correct: 1, total: 1 });
    const wrong = matchEvents(gold, prediction({ places, events: [dated("2021-07-28")] }));
    expect(wrong.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(wrong.misses[0]?.misdated).toBe(true);
    expect(wrong.date).toEqual({ correct: 0, total: 1 });
  });

  it("ignores the date when the gold date is null", () => {
    const gold = goldOf({ places: [TAFAS], events: [goldEvent({ date: null })] });
    const result = prediction({ places, events: [event({ place: "tafas", date: { value: "2001-01-01", precision: "day", text: "" } })] });
    expect(matchEvents(gold, result).counts.tp).toBe(1);
  });

  it("lets an optional gold event absorb predictions without counting them either way", () => {
    const gold = goldOf({
      places: [TAFAS],
      events: [goldEvent({ eventType: "Strategic developments", subEventType: ["Other"], required: false })],
    });
    const other = { eventType: "Strategic developments", subEventType: "Other", place: "tafas" } as const;
    const score = matchEvents(gold, prediction({ places, events: [event({ id: "a", ...other }), event({ id: "b", ...other })] }));
    expect(score.counts).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(score.absorbed.map((e) => e.id).sort()).toEqual(["a", "b"]);
  });

  it("leaves background events out of event scoring", () => {
    const gold = goldOf({ places: [TAFAS], events: [] });
    const score = matchEvents(gold, prediction({ places, events: [event({ place: "tafas", background: true })] }));
    expect(score.counts).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(score.background).toBe(1);
  });

  it("matches each gold event at most once: a second prediction of it is a duplicate, not a find", () => {
    const gold = goldOf({ places: [TAFAS], events: [goldEvent()] });
    const score = matchEvents(gold, prediction({ places, events: [event({ id: "a", place: "tafas" }), event({ id: "b", place: "tafas" })] }));
    expect(score.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.duplicates).toHaveLength(1);
  });

  it("pairs each prediction with the gold event it agrees with most", () => {
    const gold = goldOf({
      places: [TAFAS],
      events: [goldEvent({ weapons: ["tank"], note: "tanks" }), goldEvent({ weapons: ["heavy_machine_gun"], note: "guns" })],
    });
    const result = prediction({
      places,
      events: [
        event({ id: "guns", place: "tafas", weapons: ["heavy_machine_gun"] }),
        event({ id: "tanks", place: "tafas", weapons: ["tank"] }),
      ],
    });
    const score = matchEvents(gold, result);
    expect(score.pairs.map((pair) => [pair.gold.note, pair.predicted.id])).toEqual([
      ["tanks", "tanks"],
      ["guns", "guns"],
    ]);
    expect(score.attributes.weapons).toEqual({ correct: 2, total: 2 });
  });

  it("scores attributes on matched events: sub-event type, actors through the actor list, counts, weapons", () => {
    const gold = goldOf({
      places: [TAFAS],
      events: [
        goldEvent({
          subEventType: ["Armed clash"],
          actor1: REGIME,
          actor2: LOCALS,
          fatalities: { min: 1, max: 2 },
          captured: { min: 25, max: 27 },
          weapons: ["tank", "rpg"],
        }),
      ],
    });
    const result = prediction({
      places,
      actors,
      events: [
        event({
          place: "tafas",
          subEventType: "Non-state actor overtakes territory",
          actor1: "regime",
          actor2: "regime",
          fatalities: count(2),
          captured: count(null, 25, 30),
          weapons: ["tank", "rpg", "mortar"],
        }),
      ],
    });
    expect(matchEvents(gold, result).pairs[0]?.attributes).toEqual({
      subEventType: false,
      actor1: true,
      actor2: false,
      fatalities: true,
      captured: false,
      weapons: true,
    });
  });

  it("does not score attributes the gold leaves null or empty", () => {
    const gold = goldOf({ places: [TAFAS], events: [goldEvent()] });
    const score = matchEvents(gold, prediction({ places, events: [event({ place: "tafas" })] }));
    expect(score.pairs[0]?.attributes).toEqual({ subEventType: true });
    expect(score.attributes.actor1).toEqual({ correct: 0, total: 0 });
  });

  it("counts a forbid violation for any event carrying the forbidden toll, background or not", () => {
    const gold = goldOf({ places: [TAFAS], forbid: [{ rule: "eventFatalitiesAtLeast", value: 200 }] });
    const result = prediction({
      places,
      events: [
        event({ id: "campaign", place: "tafas", fatalities: count(null, 200, null), background: true }),
        event({ id: "small", place: "tafas", fatalities: count(3) }),
        event({ id: "big", place: "tafas", fatalities: count(250) }),
      ],
    });
    expect(matchEvents(gold, result).forbidViolations.map((v) => v.event.id)).toEqual(["campaign", "big"]);
  });
});

describe("countWithin", () => {
  const range = { min: 25, max: 27 };
  it("accepts an exact count or bounds inside the range", () => {
    expect(countWithin(count(27), range)).toBe(true);
    expect(countWithin(count(null, 25, 26), range)).toBe(true);
    expect(countWithin(count(null, 25, null), range)).toBe(true);
  });
  it("rejects a count outside the range, a vague count and no count", () => {
    expect(countWithin(count(24), range)).toBe(false);
    expect(countWithin(count(null, null, null), range)).toBe(false);
    expect(countWithin(null, range)).toBe(false);
  });
  it("treats a null gold maximum as open-ended", () => {
    expect(countWithin(count(5000), { min: 200, max: null })).toBe(true);
  });
});
