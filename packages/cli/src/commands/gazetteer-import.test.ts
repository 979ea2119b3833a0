import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createExtractor, parseUserGazetteer } from "@marsad/extract";
import { describe, expect, it } from "vitest";
import { activeGazetteerPath, gazetteerCommand } from "./gazetteer-import";
import { UsageError } from "./registry";

const HEADER = "id,name,name_en,kind,lat,lon,admin1,admin2,admin3,parent,variants,variants_en";

function setup(gazetteerPath?: string) {
  const cwd = mkdtempSync(join(tmpdir(), "marsad-gazetteer-"));
  const out: string[] = [];
  const err: string[] = [];
  const command = gazetteerCommand({ gazetteerPath, cwd, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { cwd, out, err, command };
}

describe("marsad gazetteer import", () => {
  it("writes the places of a valid CSV into .marsad/gazetteer.json, and the extractor can load them", async () => {
    const { cwd, out, command } = setup();
    writeFileSync(join(cwd, "places.csv"), `${HEADER}\nmy:zaytun,خربة الزيتون التجريبية,Khirbet al-Zaytun,village,32.75,36.05,SY12,SY1200,,SY1200,الزيتون التجريبية,\n`);
    expect(await command.run(["import", "places.csv"])).toBe(0);
    const text = readFileSync(join(cwd, ".marsad/gazetteer.json"), "utf8");
    const parsed = parseUserGazetteer(text);
    expect(parsed.ok && parsed.places.map((p) => p.id)).toEqual(["my:zaytun"]);
    expect(out.join("")).toMatch(/imported 1 places .*1 new, 0 replaced/);
    if (!parsed.ok) return;
    const result = createExtractor({ extraPlaces: parsed.places }).extract("قصف في درعا\n\nقصفت قوات النظام قرية خربة الزيتون التجريبية غربي درعا.");
    expect(result.places.map((p) => p.id)).toContain("my:zaytun");
  });

  it("merges into an existing gazetteer: same id replaced, others kept", async () => {
    const { cwd, out, command } = setup();
    writeFileSync(join(cwd, "a.csv"), `${HEADER}\nmy:a,قرية أ,A,village,,,,,,,,\nmy:b,قرية ب,B,village,,,,,,,,\n`);
    writeFileSync(join(cwd, "b.csv"), `${HEADER}\nmy:b,قرية بب,BB,village,,,,,,,,\n`);
    await command.run(["import", "a.csv"]);
    expect(await command.run(["import", "b.csv"])).toBe(0);
    const parsed = parseUserGazetteer(readFileSync(join(cwd, ".marsad/gazetteer.json"), "utf8"));
    expect(parsed.ok && parsed.places.map((p) => p.name)).toEqual(["قرية أ", "قرية بب"]);
    expect(out.at(-1)).toMatch(/0 new, 1 replaced, 2 in total/);
  });

  it("exits 2 with one line per bad row and writes nothing", async () => {
    const { cwd, err, command } = setup();
    writeFileSync(join(cwd, "bad.csv"), `${HEADER}\nmy:a,Tafas,Tafas,town,,,,,,,,\nmy:b,قرية,B,hamlet,,,,,,,,\nmy:c,قرية,C,village,,,,,,,,\n`);
    expect(await command.run(["import", "bad.csv"])).toBe(2);
    expect(err.join("")).toMatch(/bad\.csv:2: name must be written in Arabic/);
    expect(err.join("")).toMatch(/bad\.csv:3: kind must be one of/);
    expect(err.at(-1)).toMatch(/2 problems; nothing was written/);
    expect(existsSync(join(cwd, ".marsad/gazetteer.json"))).toBe(false);
  });

  it("uses $MARSAD_GAZETTEER when set, and --gazetteer over both", async () => {
    const { cwd, command } = setup("custom/places.json");
    expect(activeGazetteerPath({ gazetteerPath: "custom/places.json", cwd })).toBe(join(cwd, "custom/places.json"));
    writeFileSync(join(cwd, "a.csv"), `${HEADER}\nmy:a,قرية أ,A,village,,,,,,,,\n`);
    await command.run(["import", "a.csv"]);
    expect(existsSync(join(cwd, "custom/places.json"))).toBe(true);
    await command.run(["import", "a.csv", "--gazetteer", "other.json"]);
    expect(existsSync(join(cwd, "other.json"))).toBe(true);
  });

  it("does not write on --dry-run", async () => {
    const { cwd, out, command } = setup();
    writeFileSync(join(cwd, "a.csv"), `${HEADER}\nmy:a,قرية أ,A,village,,,,,,,,\n`);
    expect(await command.run(["import", "a.csv", "--dry-run"])).toBe(0);
    expect(out.join("")).toMatch(/would import 1 places/);
    expect(existsSync(join(cwd, ".marsad/gazetteer.json"))).toBe(false);
  });

  it("rejects bad usage with a UsageError", async () => {
    const { command } = setup();
    await expect(command.run([])).rejects.toThrow(UsageError);
    await expect(command.run(["export"])).rejects.toThrow(/unknown sub-command/);
    await expect(command.run(["import"])).rejects.toThrow(/exactly one CSV/);
    await expect(command.run(["import", "missing.csv"])).rejects.toThrow(/no such file/);
  });
});
