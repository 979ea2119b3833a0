import { describe, expect, it } from "vitest";
import type { IncidentItem } from "./api";
import { filterOptions } from "./filter-options";
import { relatedOf } from "./related";

const daraa = { id: "SY12", name: "درعا", nameEn: "Daraa" };
const district = { id: "SY1200", name: "درعا", nameEn: "Daraa" };

function incident(id: string, place: string, actors: string[]): IncidentItem {
  return {
    id,
    eventType: "Battles",
    subEventType: "Armed clash",
    dateMin: "2018-07-02",
    dateMax: "2018-07-02",
    place,
    lat: 32.7,
    lon: 36,
    actors,
    outlets: ["enab"],
    reportCount: 1,
    fatalities: { min: null, max: null },
    disputed: false,
    retracted: false,
    updatedAt: "2018-07-03T00:00:00Z",
    labels: {
      place: { id: place, name: place === "tafas" ? "طفس" : "نوى", nameEn: place, kind: "city", admin1: daraa, admin2: district, admin3: null },
      actors: actors.map((actor) => ({ id: actor, name: actor, nameEn: actor, category: "state_forces" })),
      outlets: [{ id: "enab", name: "عنب بلدي", nameEn: "Enab Baladi" }],
    },
  };
}

describe("filterOptions", () => {
  const options = filterOptions([incident("1", "tafas", ["regime"]), incident("2", "nawa", ["regime", "rebels"])]);
  it("offers each governorate once", () => {
    expect(options.governorates).toEqual([daraa]);
  });
  it("groups districts and towns under their governorate", () => {
    expect(options.placeGroups[0]?.places.map((place) => place.id).sort()).toEqual(["SY1200", "nawa", "tafas"]);
  });
  it("lists every actor and outlet once", () => {
    expect(options.actors.map((actor) => actor.id).sort()).toEqual(["rebels", "regime"]);
    expect(options.outlets.map((outlet) => outlet.id)).toEqual(["enab"]);
  });
});

describe("relatedOf", () => {
  it("ranks actors by how many incidents they share, leaving out the page's own", () => {
    const items = [incident("1", "tafas", ["regime", "rebels"]), incident("2", "tafas", ["regime"])];
    expect(relatedOf(items, (item) => item.labels.actors, "rebels").map(({ item, count }) => [item.id, count])).toEqual([["regime", 2]]);
  });
});
