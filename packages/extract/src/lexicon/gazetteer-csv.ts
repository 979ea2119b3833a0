import { PlaceKind } from "@marsad/model";
import { z } from "zod";
import { parseRows } from "./gazetteer-csv-rows";
import { PlaceEntry } from "./types";

/**
 * The columns of a gazetteer CSV (`marsad gazetteer import FILE.csv`), UTF-8, header row first:
 *
 * | column | required | meaning |
 * | --- | --- | --- |
 * | `id` | yes | stable id, e.g. `gn:170905`, an OCHA P-code, or your own slug (`mydata:tafas-east`) |
 * | `name` | yes | the Arabic name as commonly written, without `محافظة`/`مدينة` |
 * | `name_en` | yes | the usual English spelling |
 * | `kind` | yes | one of country, region, governorate, district, subdistrict, city, town, village, quarter, camp, crossing, military_site, road, landmark |
 * | `lat`, `lon` | no | WGS84 decimal degrees; both or neither |
 * | `admin1`, `admin2`, `admin3` | no | governorate, district, sub-district P-codes (`SY12`, `SY1200`, `SY120005`) |
 * | `parent` | no | id of the enclosing place |
 * | `variants` | no | other Arabic spellings, separated by `|` |
 * | `variants_en` | no | other Latin spellings, separated by `|` |
 */
export const GAZETTEER_CSV_COLUMNS = [
  "id",
  "name",
  "name_en",
  "kind",
  "lat",
  "lon",
  "admin1",
  "admin2",
  "admin3",
  "parent",
  "variants",
  "variants_en",
] as const;
const REQUIRED = ["id", "name", "name_en", "kind"] as const;

export interface GazetteerCsvError {
  /** 1-based line of the file (the header is line 1); 0 for the file as a whole. */
  readonly line: number;
  readonly code: "missing_column" | "unknown_column" | "empty_file" | "bad_row" | "duplicate_id" | "unknown_reference";
  readonly message: string;
}

export interface GazetteerCsvResult {
  readonly entries: PlaceEntry[];
  readonly errors: GazetteerCsvError[];
}

const ARABIC = /[\u0621-\u064a]/;
const optionalNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === "") return null;
      const n = Number(s);
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${label} must be a number between ${min} and ${max}, got "${s}"` });
        return z.NEVER;
      }
      return n;
    });
const optionalCode = z
  .string()
  .trim()
  .transform((s) => (s === "" ? null : s));
const list = z
  .string()
  .optional()
  .transform((s) => (s ?? "").split("|").map((x) => x.trim()).filter(Boolean));

const CsvRow = z
  .object({
    id: z.string().trim().min(1, "id is empty").regex(/^\S+$/, "id must not contain spaces"),
    name: z.string().trim().min(1, "name is empty").refine((s) => ARABIC.test(s), "name must be written in Arabic"),
    name_en: z.string().trim().min(1, "name_en is empty"),
    kind: z
      .string()
      .trim()
      .pipe(z.enum(PlaceKind.options, { message: `kind must be one of ${PlaceKind.options.join(", ")}` })),
    lat: optionalNumber("lat", -90, 90),
    lon: optionalNumber("lon", -180, 180),
    admin1: optionalCode,
    admin2: optionalCode,
    admin3: optionalCode,
    parent: optionalCode,
    variants: list,
    variants_en: list,
  })
  .refine((r) => (r.lat === null) === (r.lon === null), "give both lat and lon, or neither");

/**
 * Parses and checks a gazetteer CSV. Every problem is reported with its line; `entries` is only
 * meaningful when `errors` is empty. `known` are the places already available (built-in and user),
 * against which admin codes and parents must resolve.
 */
export function parseGazetteerCsv(text: string, known: ReadonlyMap<string, PlaceEntry> = new Map()): GazetteerCsvResult {
  const errors: GazetteerCsvError[] = [];
  const rows = parseRows(text.replace(/^\uFEFF/, ""));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (rows.length === 0 || header.every((h) => h === "")) {
    return { entries: [], errors: [{ line: 0, code: "empty_file", message: "the file is empty: expected a header row and one place per row" }] };
  }
  for (const column of REQUIRED) {
    if (!header.includes(column)) errors.push({ line: 1, code: "missing_column", message: `missing column "${column}" in the header` });
  }
  for (const column of header) {
    if (!(GAZETTEER_CSV_COLUMNS as readonly string[]).includes(column)) {
      errors.push({ line: 1, code: "unknown_column", message: `unknown column "${column}"; known columns: ${GAZETTEER_CSV_COLUMNS.join(", ")}` });
    }
  }
  if (errors.length > 0) return { entries: [], errors };

  const entries: PlaceEntry[] = [];
  const lineOf = new Map<string, number>();
  rows.slice(1).forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((c) => c.trim() === "")) return;
    if (cells.length > header.length) {
      errors.push({ line, code: "bad_row", message: `${cells.length} fields, the header has ${header.length} (quote fields that contain commas)` });
      return;
    }
    const record: Record<string, string> = Object.fromEntries(GAZETTEER_CSV_COLUMNS.map((c) => [c, ""]));
    header.forEach((h, i) => {
      record[h] = cells[i] ?? "";
    });
    const parsed = CsvRow.safeParse(record);
    if (!parsed.success) {
      errors.push({ line, code: "bad_row", message: parsed.error.issues.map((i) => i.message).join("; ") });
      return;
    }
    const r = parsed.data;
    const previous = lineOf.get(r.id);
    if (previous !== undefined) {
      errors.push({ line, code: "duplicate_id", message: `id "${r.id}" already used on line ${previous}` });
      return;
    }
    lineOf.set(r.id, line);
    entries.push(
      PlaceEntry.parse({
        id: r.id,
        name: r.name,
        nameEn: r.name_en,
        kind: r.kind,
        lat: r.lat,
        lon: r.lon,
        admin1: r.admin1,
        admin2: r.admin2,
        admin3: r.admin3,
        parent: r.parent,
        variants: r.variants,
        variantsEn: r.variants_en,
      }),
    );
  });
  errors.push(...referenceErrors(entries, lineOf, known));
  return { entries, errors };
}

/** Admin codes must name a governorate/district/sub-district, and a parent any place, known or in the file. */
function referenceErrors(entries: readonly PlaceEntry[], lineOf: ReadonlyMap<string, number>, known: ReadonlyMap<string, PlaceEntry>): GazetteerCsvError[] {
  const inFile = new Map(entries.map((e) => [e.id, e]));
  const find = (id: string) => inFile.get(id) ?? known.get(id);
  const errors: GazetteerCsvError[] = [];
  for (const e of entries) {
    const line = lineOf.get(e.id) ?? 0;
    for (const [field, kind] of [
      ["admin1", "governorate"],
      ["admin2", "district"],
      ["admin3", "subdistrict"],
    ] as const) {
      const code = e[field];
      if (code === null) continue;
      const target = find(code);
      if (target?.kind !== kind) {
        errors.push({ line, code: "unknown_reference", message: `${field} "${code}" is not a known ${kind} code` });
      }
    }
    if (e.parent !== null && !find(e.parent)) {
      errors.push({ line, code: "unknown_reference", message: `parent "${e.parent}" is neither a known place nor in this file` });
    }
  }
  return errors;
}
