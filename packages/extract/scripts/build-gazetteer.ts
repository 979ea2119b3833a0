/**
 * Builds the gazetteer data files (admin, south, syria) from the shared reference gazetteer and the
 * hand-curated `data/gazetteer/curation.json` (name fixes, spelling variants, common-word flags, the
 * selection of places outside the south, places the reference lacks).
 *
 *   pnpm --filter @marsad/extract exec tsx scripts/build-gazetteer.ts [REFERENCE_DIR]
 *
 * `daraa-city.json` and `regions.json` are written by hand and left alone. Facts (names, coordinates,
 * codes) come from the reference; the selection, the spelling variants and the shape are ours.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { parseCsv } from "../src/lexicon/gazetteer-csv-rows";
import { findReferenceGazetteer } from "../src/lexicon/gazetteer-reference";
import { distanceKm } from "../src/lexicon/geo";
import { PlaceEntry } from "../src/lexicon/types";
import { keyOf } from "../src/normalize/matching-key";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, "../data/gazetteer");
const referenceDir = resolve(process.argv[2] ?? findReferenceGazetteer(here) ?? "../shared/reference/gazetteer");

const SOUTH = new Set(["SY12", "SY13", "SY14"]);

const LocalityFix = z.object({
  name: z.string().optional(),
  nameEn: z.string().optional(),
  variants: z.array(z.string()).optional(),
  addVariants: z.array(z.string()).optional(),
  dropVariants: z.array(z.string()).optional(),
  variantsEn: z.array(z.string()).optional(),
  kind: PlaceEntry.shape.kind.optional(),
  drop: z.boolean().optional(),
  note: z.string().optional(),
});
type LocalityFix = z.infer<typeof LocalityFix>;

const Curation = z.object({
  admin: z.record(z.string(), LocalityFix),
  localities: z.record(z.string(), LocalityFix),
  commonWords: z.array(z.string()),
  personNames: z.array(z.string()),
  /** Names beginning like a kunya or a title (`أبو `, `الشيخ `) read as people too, save the exceptions. */
  personNamePrefixes: z.array(z.string()),
  personNameExceptions: z.array(z.string()),
  cities: z.array(z.string()),
  syriaIds: z.array(z.string()),
  syriaByName: z.array(z.tuple([z.string(), z.string()])),
  extraPlaces: z.array(PlaceEntry.extend({ file: z.enum(["south", "syria"]) })),
});
type Curation = z.infer<typeof Curation>;

const num = (s: string | undefined): number => Number.parseFloat(s ?? "");
const list = (s: string | undefined): string[] => (s ? s.split("|").map((x) => x.trim()).filter(Boolean) : []);
const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;
const uniq = (xs: string[], not: string[] = []): string[] => {
  const seen = new Set(not.map(keyOf));
  const out: string[] = [];
  for (const x of xs) {
    const k = keyOf(x);
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    out.push(clean(x));
  }
  return out;
};
/** Drops bidi marks and composes letters: some reference names carry invisible left-to-right marks. */
const clean = (s: string): string => s.normalize("NFC").replace(/[\u200e\u200f\u202a-\u202e]/g, "").trim();
const ADMIN_PREFIX = /^(محافظة|منطقة|ناحية|مركز|مدينة)\s+/;
const arabicOnly = (s: string): boolean => /^[\u0600-\u06ff\s'-]+$/.test(s);

function read(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(referenceDir, file), "utf8"));
}

function flags(curation: Curation, name: string): Partial<PlaceEntry> {
  const key = keyOf(name);
  const out: Partial<PlaceEntry> = {};
  if (curation.commonWords.some((w) => keyOf(w) === key)) out.commonWord = true;
  const prefixed = curation.personNamePrefixes.some((p) => key.startsWith(`${keyOf(p)} `));
  const excepted = curation.personNameExceptions.some((w) => keyOf(w) === key);
  if (curation.personNames.some((w) => keyOf(w) === key) || (prefixed && !excepted)) out.personName = true;
  return out;
}

function applyFix(entry: PlaceEntry, fix: LocalityFix | undefined): PlaceEntry {
  if (!fix) return entry;
  const name = fix.name ?? entry.name;
  let variants = fix.variants ?? entry.variants;
  variants = [...variants, ...(fix.addVariants ?? [])];
  const dropped = new Set((fix.dropVariants ?? []).map(keyOf));
  variants = uniq(variants.filter((v) => !dropped.has(keyOf(v))), [name]);
  return {
    ...entry,
    name,
    nameEn: fix.nameEn ?? entry.nameEn,
    variants,
    variantsEn: uniq([...entry.variantsEn, ...(fix.variantsEn ?? [])], [fix.nameEn ?? entry.nameEn]),
    kind: fix.kind ?? entry.kind,
    ...(fix.note ? { note: fix.note } : {}),
  };
}

function adminEntries(curation: Curation): PlaceEntry[] {
  const out: PlaceEntry[] = [];
  const english = (aliases: string[]) =>
    aliases.filter((a) => !/(District|Governorate|Subdistrict|N[aā]\S*iyat|nahyt)/i.test(a) && !/[^\x20-\x7e‘’]/.test(a));
  for (const r of read("syr_adm1_governorates.csv")) {
    const id = r.adm1_pcode ?? "";
    const name = (r.name_ar ?? "").replace(ADMIN_PREFIX, "");
    out.push({
      id, name, nameEn: r.name_en ?? "", kind: "governorate", lat: round5(num(r.lat)), lon: round5(num(r.lon)),
      admin1: id, admin2: null, admin3: null, parent: "country:SY",
      variants: uniq(list(r.aliases_ar).map((a) => a.replace(ADMIN_PREFIX, "")), [name]),
      variantsEn: uniq(english(list(r.aliases_en)), [r.name_en ?? ""]),
    });
  }
  for (const r of read("syr_adm2_districts.csv")) {
    const id = r.adm2_pcode ?? "";
    const name = (r.name_ar ?? "").replace(ADMIN_PREFIX, "");
    out.push({
      id, name, nameEn: r.name_en ?? "", kind: "district", lat: round5(num(r.lat)), lon: round5(num(r.lon)),
      admin1: r.adm1_pcode ?? null, admin2: id, admin3: null, parent: r.adm1_pcode ?? null,
      variants: uniq(list(r.aliases_ar).map((a) => a.replace(ADMIN_PREFIX, "")).filter(arabicOnly), [name]),
      variantsEn: uniq(english(list(r.aliases_en)), [r.name_en ?? ""]),
    });
  }
  for (const r of read("syr_adm3_subdistricts.csv")) {
    const id = r.adm3_pcode ?? "";
    const name = (r.name_ar ?? "").replace(ADMIN_PREFIX, "");
    out.push({
      id, name, nameEn: r.name_en ?? "", kind: "subdistrict", lat: round5(num(r.lat)), lon: round5(num(r.lon)),
      admin1: r.adm1_pcode ?? null, admin2: r.adm2_pcode ?? null, admin3: id, parent: r.adm2_pcode ?? null,
      variants: uniq(list(r.aliases_ar).map((a) => a.replace(/^ناحية\s+/, "").replace(ADMIN_PREFIX, "")).filter(arabicOnly), [name]),
      variantsEn: uniq(english(list(r.aliases_en)), [r.name_en ?? ""]),
    });
  }
  return out.map((e) => ({ ...applyFix(e, curation.admin[e.id]), ...flags(curation, curation.admin[e.id]?.name ?? e.name) }));
}

interface Locality {
  entry: PlaceEntry;
  feature: string;
  curated: boolean;
  keys: Set<string>;
}

function localityId(r: Record<string, string>, gnCounts: Map<string, number>): string {
  const gn = r.geonames_id ?? "";
  return gn !== "" && gnCounts.get(gn) === 1 ? `gn:${gn}` : `wof:${r.wof_id}`;
}

function localityKind(r: Record<string, string>, curation: Curation, name: string): PlaceEntry["kind"] {
  const feature = r.gn_feature_code ?? "";
  const population = num(r.population);
  if (r.placetype === "neighbourhood") return "quarter";
  if (curation.cities.some((c) => keyOf(c) === keyOf(name))) return "city";
  if (feature === "PPLC" || feature === "PPLA" || feature === "PPLA2" || population >= 20000) return "city";
  if (feature === "PPLA3" || population >= 3000) return "town";
  return "village";
}

function allLocalities(curation: Curation): Map<string, Locality> {
  const rows = read("syr_localities.csv");
  const gnCounts = new Map<string, number>();
  for (const r of rows) if (r.geonames_id) gnCounts.set(r.geonames_id, (gnCounts.get(r.geonames_id) ?? 0) + 1);
  const out = new Map<string, Locality>();
  for (const r of rows) {
    const id = localityId(r, gnCounts);
    const fix = curation.localities[id];
    if (fix?.drop) continue;
    const name = clean(fix?.name ?? r.name_ar ?? "");
    if (name === "") continue;
    const lat = num(r.lat);
    const lon = num(r.lon);
    const latin = list(r.names_latin).filter((n) => !/[^\x20-\x7e‘’ʿʾ'`āīūḩşţẓḑĀĪŪḨŞŢẒ]/.test(n));
    const base: PlaceEntry = {
      id, name, nameEn: r.name_en ?? "", kind: localityKind(r, curation, name), lat: round5(lat), lon: round5(lon),
      admin1: r.adm1_pcode || null, admin2: r.adm2_pcode || null, admin3: r.adm3_pcode || null,
      parent: r.adm3_pcode || r.adm2_pcode || null,
      variants: uniq(list(r.names_ar).filter(arabicOnly), [name]),
      variantsEn: uniq(latin, [r.name_en ?? ""]),
      ...(num(r.population) > 0 ? { population: num(r.population) } : {}),
    };
    const entry = { ...applyFix(base, fix), ...flags(curation, name) };
    out.set(id, { entry, feature: r.gn_feature_code ?? "", curated: fix !== undefined, keys: new Set([entry.name, ...entry.variants].map(keyOf)) });
  }
  return out;
}

/** Same place twice (a GeoNames and a Quattroshapes record): same name key, same governorate, under 3 km apart. */
function dedupe(localities: Locality[]): Locality[] {
  // Keep the record we curated, else the one with people counted, else the one with a GeoNames feature code.
  const rank = (l: Locality) => (l.curated ? 4 : 0) + (l.entry.population ? 2 : 0) + (l.feature ? 1 : 0);
  const sorted = [...localities].sort((a, b) => rank(b) - rank(a));
  const kept: Locality[] = [];
  for (const l of sorted) {
    const twin = kept.find(
      (k) => k.entry.admin1 === l.entry.admin1 && distanceKm(k.entry, l.entry) < 3 && [...l.keys].some((key) => k.keys.has(key)),
    );
    if (twin) {
      twin.entry.variants = uniq([...twin.entry.variants, l.entry.name, ...l.entry.variants], [twin.entry.name]);
      for (const key of l.keys) twin.keys.add(key);
    } else kept.push(l);
  }
  return kept;
}

function selectSyria(curation: Curation, all: Map<string, Locality>): Locality[] {
  const chosen = new Map<string, Locality>();
  for (const l of all.values()) {
    if (SOUTH.has(l.entry.admin1 ?? "")) continue;
    const newsworthy = ["PPLC", "PPLA", "PPLA2", "PPLA3"].includes(l.feature) || (l.entry.population ?? 0) >= 15000;
    if (newsworthy) chosen.set(l.entry.id, l);
  }
  for (const id of curation.syriaIds) {
    const l = all.get(id);
    if (l) chosen.set(id, l);
    else console.warn(`syriaIds: ${id} is not in the reference`);
  }
  for (const [name, admin1] of curation.syriaByName) {
    const key = keyOf(name);
    const matches = [...all.values()].filter((l) => l.entry.admin1 === admin1 && l.keys.has(key));
    matches.sort((a, b) => (b.feature ? 1 : 0) - (a.feature ? 1 : 0) || (b.entry.population ?? 0) - (a.entry.population ?? 0));
    const best = matches[0];
    if (best) chosen.set(best.entry.id, best);
    else console.warn(`syriaByName: ${name} (${admin1}) is not in the reference`);
  }
  return [...chosen.values()];
}

function writeEntries(file: string, entries: PlaceEntry[]): void {
  const sorted = [...entries].sort((a, b) => (a.admin1 ?? "").localeCompare(b.admin1 ?? "") || a.id.localeCompare(b.id));
  const lines = sorted.map((e) => JSON.stringify(PlaceEntry.parse(e)));
  writeFileSync(join(dataDir, file), `[\n${lines.join(",\n")}\n]\n`);
  console.log(`${file}: ${entries.length} entries`);
}

function main(): void {
  if (!existsSync(referenceDir)) {
    console.error(`reference gazetteer not found at ${referenceDir}; pass its folder as the first argument`);
    process.exitCode = 2;
    return;
  }
  const curation = Curation.parse(JSON.parse(readFileSync(join(dataDir, "curation.json"), "utf8")));
  writeEntries("admin.json", adminEntries(curation));
  const all = allLocalities(curation);
  const extras = curation.extraPlaces.map(({ file, ...entry }) => ({ file, entry: { ...entry, ...flags(curation, entry.name) } }));
  const south = dedupe([...all.values()].filter((l) => SOUTH.has(l.entry.admin1 ?? ""))).map((l) => l.entry);
  writeEntries("south.json", [...south, ...extras.filter((x) => x.file === "south").map((x) => x.entry)]);
  const syria = dedupe(selectSyria(curation, all)).map((l) => l.entry);
  writeEntries("syria.json", [...syria, ...extras.filter((x) => x.file === "syria").map((x) => x.entry)]);
}

main();
