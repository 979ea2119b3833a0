import { describe, expect, it } from "vitest";
import { keyOf } from "../normalize/matching-key";
import { gazetteerEntries } from "./gazetteer";

const entries = gazetteerEntries();
const byId = new Map(entries.map((e) => [e.id, e]));
const ADMIN_KINDS = new Set(["governorate", "district", "subdistrict"]);
// Syria's bounding box, with a little margin for the border crossings.
const SYRIA = { south: 32.2, north: 37.4, west: 35.6, east: 42.5 };

describe("built-in gazetteer", () => {
  it("gives every entry a unique id", () => {
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it("covers the 14 governorates, 62 districts and 272 sub-districts with OCHA P-codes", () => {
    const count = (kind: string) => entries.filter((e) => e.kind === kind && /^SY\d+$/.test(e.id)).length;
    expect([count("governorate"), count("district"), count("subdistrict")]).toEqual([14, 62, 272]);
  });

  it("resolves every admin code and parent to an entry of the right kind", () => {
    const problems: string[] = [];
    for (const e of entries) {
      for (const [field, kind] of [["admin1", "governorate"], ["admin2", "district"], ["admin3", "subdistrict"]] as const) {
        const code = e[field];
        if (code !== null && byId.get(code)?.kind !== kind) problems.push(`${e.id} ${field}=${code}`);
      }
      if (e.parent !== null && !byId.has(e.parent)) problems.push(`${e.id} parent=${e.parent}`);
    }
    expect(problems).toEqual([]);
  });

  it("nests admin codes: a district's code starts with its governorate's", () => {
    const bad = entries.filter(
      (e) => (e.admin2 && !e.admin2.startsWith(e.admin1 ?? "-")) || (e.admin3 && !e.admin3.startsWith(e.admin2 ?? "-")),
    );
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it("places every Syrian entry inside Syria's bounding box", () => {
    const outside = entries.filter(
      (e) =>
        (e.country ?? "SY") === "SY" &&
        e.kind !== "country" &&
        e.lat !== null &&
        e.lon !== null &&
        (e.lat < SYRIA.south || e.lat > SYRIA.north || e.lon < SYRIA.west || e.lon > SYRIA.east),
    );
    expect(outside.map((e) => e.id)).toEqual([]);
  });

  it("gives every place below a governorate its governorate and coordinates", () => {
    const missing = entries.filter(
      (e) => (e.country ?? "SY") === "SY" && !["country", "region"].includes(e.kind) && (e.admin1 === null || e.lat === null),
    );
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it("keeps invisible bidi marks out of names and variants", () => {
    const marked = entries.filter((e) => [e.name, ...e.variants].some((n) => /[\u200e\u200f\u202a-\u202e]/.test(n)));
    expect(marked.map((e) => e.id)).toEqual([]);
  });

  it("writes bare admin names, without محافظة / منطقة / ناحية / مركز", () => {
    const prefixed = entries.filter((e) => ADMIN_KINDS.has(e.kind) && /^(محافظة|منطقة|ناحية|مركز)\s/.test(e.name));
    expect(prefixed.map((e) => e.name)).toEqual([]);
  });

  it("lists every locality of Daraa, Quneitra and Suwayda the reference names, Daraa's best known among them", () => {
    const south = entries.filter((e) => ["SY12", "SY13", "SY14"].includes(e.admin1 ?? "") && !ADMIN_KINDS.has(e.kind));
    expect(south.length).toBeGreaterThan(550);
    const names = new Set(south.map((e) => e.name));
    for (const name of ["درعا", "طفس", "جاسم", "نوى", "بصرى الشام", "الصنمين", "صيدا", "أم المياذن", "الشجرة", "المزيريب", "درعا البلد", "معبر نصيب"]) {
      expect(names, name).toContain(name);
    }
  });

  it("has at least 300 places elsewhere in Syria, all district centres among them", () => {
    const elsewhere = entries.filter((e) => !["SY12", "SY13", "SY14", null].includes(e.admin1) && !ADMIN_KINDS.has(e.kind));
    expect(elsewhere.length).toBeGreaterThanOrEqual(300);
    const names = new Set(elsewhere.map((e) => e.name));
    for (const name of ["حلب", "إدلب", "حمص", "حماة", "الرقة", "دير الزور", "الحسكة", "القامشلي", "عفرين", "منبج", "جرابلس", "الباب", "تل أبيض", "رأس العين", "دوما", "حرستا", "الزبداني", "مضايا", "القصير", "تدمر", "سراقب", "معرة النعمان", "خان شيخون", "جسر الشغور", "اللاذقية", "طرطوس", "عين العرب", "التنف", "البوكمال", "الميادين"]) {
      expect(names, name).toContain(name);
    }
  });

  it("has the seat town of every district that has one (all but Markaz Rif Dimashq), found under the district's name", () => {
    const localities = entries.filter((e) => !ADMIN_KINDS.has(e.kind));
    const seatless = entries
      .filter((d) => d.kind === "district")
      .filter((d) => {
        const names = new Set([d.name, ...d.variants].map(keyOf));
        return !localities.some((l) => l.admin1 === d.admin1 && [l.name, ...l.variants].some((n) => names.has(keyOf(n))));
      })
      .map((d) => d.id);
    expect(seatless).toEqual(["SY0301"]);
  });

  it("keeps Sidon in Lebanon apart from صيدا east of Daraa", () => {
    const saydas = entries.filter((e) => e.name === "صيدا");
    expect(saydas.map((e) => e.country ?? "SY").sort()).toEqual(expect.arrayContaining(["LB", "SY"]));
  });
});
