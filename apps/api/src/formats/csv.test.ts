import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField(12)).toBe("12");
  });

  it("defuses spreadsheet formulas", () => {
    const csv = toCsv(["notes"], [{ notes: "=HYPERLINK(\"http://x\")" }, { notes: "-3+2" }, { notes: "@SUM(A1)" }]);
    const rows: Record<string, string>[] = parse(csv, { columns: true });
    expect(rows.map((row) => row.notes)).toEqual(["'=HYPERLINK(\"http://x\")", "'-3+2", "'@SUM(A1)"]);
  });

  it("reads back any text a parser can see (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.string(), b: fc.string() })), (records) => {
        const safe = records.map(({ a, b }) => ({ a: a.replace(/^[=+\-@\t\r]/, "x"), b: b.replace(/^[=+\-@\t\r]/, "x") }));
        const rows: Record<string, string>[] = parse(toCsv(["a", "b"], safe), { columns: true, relax_column_count: false });
        expect(rows).toEqual(safe);
      }),
    );
  });
});
