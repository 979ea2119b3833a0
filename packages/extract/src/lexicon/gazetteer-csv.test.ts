import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gazetteerEntries } from "./gazetteer";
import { parseGazetteerCsv } from "./gazetteer-csv";
import { parseRows } from "./gazetteer-csv-rows";

const known = new Map(gazetteerEntries().map((e) => [e.id, e]));
const HEADER = "id,name,name_en,kind,lat,lon,admin1,admin2,admin3,parent,variants,variants_en";

describe("parseGazetteerCsv", () => {
  it("reads a valid file into gazetteer entries, splitting pipe-separated variants", () => {
    const csv = `${HEADER}\nmy:tall-al-jumu,تل الجموع,Tal al-Jumu,military_site,32.8,36.0,SY12,SY1200,SY120005,SY120005,تلة الجموع|تل جموع,Tell al-Jumu'\n`;
    const { entries, errors } = parseGazetteerCsv(csv, known);
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      {
        id: "my:tall-al-jumu",
        name: "تل الجموع",
        nameEn: "Tal al-Jumu",
        kind: "military_site",
        lat: 32.8,
        lon: 36,
        admin1: "SY12",
        admin2: "SY1200",
        admin3: "SY120005",
        parent: "SY120005",
        variants: ["تلة الجموع", "تل جموع"],
        variantsEn: ["Tell al-Jumu'"],
      },
    ]);
  });

  it("accepts a minimal file with only the required columns, in any order, with a BOM and CRLF", () => {
    const csv = "\uFEFFkind,name_en,name,id\r\nvillage,Al-Qasr,القصر,my:qasr\r\n";
    const { entries, errors } = parseGazetteerCsv(csv, known);
    expect(errors).toEqual([]);
    expect(entries[0]).toMatchObject({ id: "my:qasr", lat: null, admin1: null, variants: [] });
  });

  it("reports each bad row with its line and what to fix", () => {
    const csv = [
      HEADER,
      "my:a,Tafas,Tafas,town,32.7,36.0,SY12,,,,,",
      "my:b,قرية,Qarya,hamlet,,,,,,,,",
      "my:c,قرية,Qarya,village,32.7,,,,,,,",
      "my:d,قرية,Qarya,village,95,36,,,,,,",
      "my:e,قرية,Qarya,village,32.7,36.1,SY99,,,,,",
      "my:e,قرية,Qarya,village,,,,,,,,",
      "my:f,قرية,Qarya,village,,,,,,nowhere,,",
    ].join("\n");
    const { errors } = parseGazetteerCsv(csv, known);
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [2, "bad_row"],
      [3, "bad_row"],
      [4, "bad_row"],
      [5, "bad_row"],
      [7, "duplicate_id"],
      [6, "unknown_reference"],
      [8, "unknown_reference"],
    ]);
    expect(errors[0]?.message).toMatch(/Arabic/);
    expect(errors[1]?.message).toMatch(/kind must be one of/);
    expect(errors[2]?.message).toMatch(/both lat and lon/);
    expect(errors[5]?.message).toMatch(/admin1 "SY99"/);
  });

  it("rejects a header without the required columns or with unknown ones, and an empty file", () => {
    expect(parseGazetteerCsv("id,name\nx,قرية\n").errors.map((e) => e.code)).toEqual(["missing_column", "missing_column"]);
    expect(parseGazetteerCsv("id,name,name_en,kind,population\n").errors.map((e) => e.code)).toEqual(["unknown_column"]);
    expect(parseGazetteerCsv("").errors.map((e) => e.code)).toEqual(["empty_file"]);
  });

  it("lets a row's parent and admin codes point at another row of the same file", () => {
    const csv = `${HEADER}\nmy:gov,محافظة تجريبية,Test,governorate,,,my:gov,,,,,\nmy:town,بلدة,Town,town,,,my:gov,,,my:gov,,\n`;
    expect(parseGazetteerCsv(csv, known).errors).toEqual([]);
  });
});

describe("parseRows", () => {
  it("round-trips any table of fields written with RFC 4180 quoting", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "ب", ",", '"', "\n", " ", "|", "ة") });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, (rows) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = rows.map((r) => r.map(quote).join(",")).join("\n");
        expect(parseRows(text)).toEqual(rows);
      }),
    );
  });
});
