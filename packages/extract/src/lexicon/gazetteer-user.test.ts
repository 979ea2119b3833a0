import { describe, expect, it } from "vitest";
import { formatUserGazetteer, mergePlaces, parseUserGazetteer } from "./gazetteer-user";
import type { PlaceEntry } from "./types";

const place = (id: string, name: string): PlaceEntry => ({
  id,
  name,
  nameEn: id,
  kind: "village",
  lat: 32.7,
  lon: 36.1,
  admin1: "SY12",
  admin2: null,
  admin3: null,
  parent: null,
  variants: [],
  variantsEn: [],
});

describe("user gazetteer", () => {
  it("round-trips through its file format, one place per line", () => {
    const text = formatUserGazetteer([place("my:a", "أ"), place("my:b", "ب")]);
    expect(text.split("\n")).toHaveLength(5);
    expect(parseUserGazetteer(text)).toEqual({ ok: true, places: [place("my:a", "أ"), place("my:b", "ب")] });
  });

  it("says what is wrong with a broken file instead of throwing", () => {
    expect(parseUserGazetteer("[{")).toMatchObject({ ok: false, code: "invalid_json" });
    expect(parseUserGazetteer('[{"id":"x"}]')).toMatchObject({ ok: false, code: "invalid_entry" });
  });

  it("merges by id: a known id is replaced, a new one appended", () => {
    const merged = mergePlaces([place("my:a", "أ"), place("my:b", "ب")], [place("my:b", "بب"), place("my:c", "ج")]);
    expect(merged.places.map((p) => p.name)).toEqual(["أ", "بب", "ج"]);
    expect([merged.added, merged.replaced]).toEqual([1, 1]);
  });
});
