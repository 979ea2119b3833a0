import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ExtractionResult } from "@marsad/model";
import { describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const SEEDS = fileURLToPath(new URL("../../../../seeds", import.meta.url));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], { encoding: "utf8", env: { ...process.env, INIT_CWD: SEEDS } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts Node processes: allow for a loaded machine.
describe("extract CLI", { timeout: 60_000 }, () => {
  it("prints one ExtractionResult as JSON for one file", () => {
    const run = cli("004_9fe011e2dc63bec8.txt");
    expect(run.code).toBe(0);
    const result = ExtractionResult.parse(JSON.parse(run.stdout));
    expect(result.article.outlet?.name).toBe("عنب بلدي");
  });

  it("prints JSON Lines for a directory", () => {
    const run = cli(".", "--published", "2021-07-29");
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(ExtractionResult.safeParse(JSON.parse(line)).success).toBe(true);
  });

  it("rejects empty input with exit code 2 and a message on stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "  \n ");
    const run = cli(empty);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/empty/);
  });

  it("rejects a missing file, a bad date and an unknown option with exit code 2", () => {
    expect(cli("no-such-file.txt").code).toBe(2);
    expect(cli("004_9fe011e2dc63bec8.txt", "--published", "15/03/2022").stderr).toMatch(/YYYY-MM-DD/);
    expect(cli("004_9fe011e2dc63bec8.txt", "--verbose").code).toBe(2);
  });

  it("refuses input over --max-bytes before extracting", () => {
    const run = cli("004_9fe011e2dc63bec8.txt", "--max-bytes", "100");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/larger than 100 bytes/);
  });
});
