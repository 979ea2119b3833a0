import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { keyOf } from "../normalize/matching-key";
import { gazetteerEntries } from "./gazetteer";
import { parseCsv } from "./gazetteer-csv-rows";
import { findReferenceGazetteer } from "./gazetteer-reference";
import { distanceKm } from "./geo";
import { DistrictPolygons } from "./gazetteer-polygons";

const ref = findReferenceGazetteer(dirname(fileURLToPath(import.meta.url)));
const MAX_KM = 3;

describe.skipIf(ref === null)(
  ref === null ? "gazetteer vs reference: SKIPPED, ../shared/reference/gazetteer not found beside the repository" : "gazetteer vs reference",
  () => {
    const dir = ref ?? "";
    const read = (file: string) => parseCsv(readFileSync(join(dir, file), "utf8"));
    const entries = gazetteerEntries();

    it("matches every governorate, district and sub-district: same parent codes, centroid within 3 km", () => {
      const rows = new Map<string, Record<string, string>>();
      for (const r of read("syr_adm1_governorates.csv")) rows.set(r.adm1_pcode ?? "", { ...r, adm1: r.adm1_pcode ?? "" });
      for (const r of read("syr_adm2_districts.csv")) rows.set(r.adm2_pcode ?? "", { ...r, adm1: r.adm1_pcode ?? "", adm2: r.adm2_pcode ?? "" });
      for (const r of read("syr_adm3_subdistricts.csv")) rows.set(r.adm3_pcode ?? "", { ...r, adm1: r.adm1_pcode ?? "", adm2: r.adm2_pcode ?? "" });
      const problems: string[] = [];
      for (const e of entries.filter((x) => /^SY\d+$/.test(x.id))) {
        const r = rows.get(e.id);
        if (!r) {
          problems.push(`${e.id}: no such P-code in the reference`);
          continue;
        }
        const km = distanceKm(e, { lat: Number(r.lat), lon: Number(r.lon) });
        if (km > MAX_KM) problems.push(`${e.id} ${e.name}: ${km.toFixed(1)} km from the reference`);
        if (e.admin1 !== r.adm1) problems.push(`${e.id}: admin1 ${e.admin1}, reference ${r.adm1}`);
        if (r.adm2 && e.admin2 !== r.adm2) problems.push(`${e.id}: admin2 ${e.admin2}, reference ${r.adm2}`);
      }
      expect(problems).toEqual([]);
    });

    it("matches every locality taken from the reference: within 3 km, same governorate and district, a name the reference knows", () => {
      const rows = read("syr_localities.csv");
      const byGn = new Map<string, Record<string, string>[]>();
      const byWof = new Map<string, Record<string, string>>();
      for (const r of rows) {
        byWof.set(r.wof_id ?? "", r);
        if (r.geonames_id) byGn.set(r.geonames_id, [...(byGn.get(r.geonames_id) ?? []), r]);
      }
      const problems: string[] = [];
      let compared = 0;
      for (const e of entries) {
        const [scheme, id] = e.id.split(":");
        const r = scheme === "gn" ? byGn.get(id ?? "")?.[0] : scheme === "wof" ? byWof.get(id ?? "") : undefined;
        if (scheme !== "gn" && scheme !== "wof") continue;
        if (!r) {
          problems.push(`${e.id} ${e.name}: not in the reference`);
          continue;
        }
        compared++;
        const km = distanceKm(e, { lat: Number(r.lat), lon: Number(r.lon) });
        if (km > MAX_KM) problems.push(`${e.id} ${e.name}: ${km.toFixed(1)} km from the reference`);
        if (e.admin1 !== r.adm1_pcode) problems.push(`${e.id} ${e.name}: governorate ${e.admin1}, reference ${r.adm1_pcode}`);
        if (e.admin2 !== r.adm2_pcode) problems.push(`${e.id} ${e.name}: district ${e.admin2}, reference ${r.adm2_pcode}`);
        const known = new Set([r.name_ar ?? "", ...(r.names_ar ?? "").split("|")].filter(Boolean).map(keyOf));
        const ours = [e.name, ...e.variants].map(keyOf);
        if (!ours.some((k) => known.has(k)) && !e.note) problems.push(`${e.id} ${e.name}: no name in common with the reference and no note why`);
      }
      expect(problems).toEqual([]);
      expect(compared).toBeGreaterThan(900);
    });

    it("puts every hand-placed Syrian entry (quarters, crossings, sites) inside the district it claims", () => {
      const polygons = DistrictPolygons.fromGeoJson(readFileSync(join(dir, "syr_adm2_boundaries_wof.geojson"), "utf8"));
      const problems: string[] = [];
      for (const e of entries) {
        if (/^(SY\d|gn:|wof:)/.test(e.id) || e.country || e.lat === null || e.lon === null || e.admin2 === null) continue;
        const found = polygons.districtsAt(e.lon, e.lat);
        // A point on the border (a crossing) may fall just outside the simplified polygons: nothing to compare.
        if (found.length > 0 && !found.includes(e.admin2)) problems.push(`${e.id}: claims ${e.admin2}, lies in ${found.join(", ")}`);
      }
      expect(problems).toEqual([]);
    });
  },
);
