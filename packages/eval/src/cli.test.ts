import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CliIo, findRepoRoot, runCli } from "./cli";
import { prediction } from "./test-fixtures";

const ROOT = findRepoRoot();

function run(argv: string[], cwd = ROOT): { status: number; out: string; err: string } {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd,
    repoRoot: ROOT,
    extract: () => prediction(),
  };
  return { status: runCli(argv, io), out, err };
}

describe("runCli", () => {
  it("finds the repository root that holds the seeds", () => {
    expect(findRepoRoot(join(ROOT, "packages", "eval", "src"))).toBe(ROOT);
  });

  it("scores the seeds by default and exits 0", () => {
    const { status, out } = run([]);
    expect(status).toBe(0);
    expect(out).toContain("Marsad evaluation: 5 articles");
  });

  it("prints one JSON document with --json", () => {
    const { status, out } = run(["--json"]);
    expect(status).toBe(0);
    const parsed: unknown = JSON.parse(out);
    expect(parsed).toMatchObject({ totals: { articles: 5 } });
  });

  it("accepts the -- separator pnpm passes through", () => {
    expect(run(["--", "--json"]).status).toBe(0);
  });

  it("resolves --gold and --articles against the directory pnpm was started in", () => {
    const { status, out } = run(["--gold", "seeds/gold", "--articles", "seeds"], ROOT);
    expect(status).toBe(0);
    expect(out).toContain(join(ROOT, "seeds", "gold"));
    expect(run(["--gold", "seeds/gold"], join(ROOT, "packages")).status).toBe(2);
  });

  it("exits 2 with a clear message on a bad directory", () => {
    const { status, err } = run(["--gold", "/nonexistent/gold"]);
    expect(status).toBe(2);
    expect(err).toContain("/nonexistent/gold does not exist");
  });

  it("exits 2 on a directory without gold files", () => {
    const empty = mkdtempSync(join(tmpdir(), "marsad-eval-"));
    expect(run(["--gold", empty]).err).toContain("No gold files");
  });

  it("exits 2 and shows the usage on an unknown option", () => {
    const { status, err } = run(["--gold-dir", "x"]);
    expect(status).toBe(2);
    expect(err).toContain("usage: pnpm eval");
  });

  it("exits 1 when the extractor fails on an article", () => {
    let out = "";
    const status = runCli([], {
      stdout: (text) => {
        out += text;
      },
      stderr: () => {},
      cwd: ROOT,
      repoRoot: ROOT,
      extract: () => {
        throw new Error("boom");
      },
    });
    expect(status).toBe(1);
    expect(out).toContain("the extractor failed on 5 article(s)");
  });
});
