import { describe, expect, it } from "vitest";
import { type ClusterEvent, candidateSpec, incidentWindowKeys } from "./cluster";

function event(eventType: string, sortDate: string, placeId: string | null = "tafas"): ClusterEvent {
  return {
    id: -1,
    articleId: "a",
    eventType,
    date: sortDate,
    statedDate: sortDate,
    sortDate,
    placeId,
    placeKind: "town",
    lat: null,
    lon: null,
    placePath: placeId ? [placeId] : [],
    actor1: null,
    actor2: null,
    background: false,
    subEventType: "Armed clash",
    actors: [],
    outletId: null,
    fatalitiesBest: null,
    disputed: false,
  };
}

describe("candidate windows", () => {
  it("reads each event's own window and place, not the span from the earliest event to the latest", () => {
    const spec = candidateSpec([event("Battles", "2021-07-10"), event("Battles", "2014-03-01", "nawa"), event("Battles", "2021-07-10")]);
    expect(spec?.windows).toEqual([
      { type: "Battles", low: "2021-07-03", high: "2021-07-11", place: "tafas", path: ["tafas"], lat: null, lon: null },
      { type: "Battles", low: "2014-02-22", high: "2014-03-02", place: "nawa", path: ["nawa"], lat: null, lon: null },
    ]);
  });

  it("covers no day the advisory locks do not cover", () => {
    const events = [event("Battles", "2021-07-10"), event("Protests", "2021-07-12"), event("Battles", "2021-07-25")];
    const locked = new Set(incidentWindowKeys(events));
    for (const w of candidateSpec(events)?.windows ?? []) {
      for (let day = Date.parse(w.low); day <= Date.parse(w.high); day += 86_400_000) {
        expect(locked.has(`marsad:incidents:${w.type}:${Math.floor(day / 86_400_000 / 7)}`)).toBe(true);
      }
    }
  });

  it("has no window without a placed event", () => {
    expect(candidateSpec([event("Battles", "2021-07-10", null)])).toBeNull();
  });
});
