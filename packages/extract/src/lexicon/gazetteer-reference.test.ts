import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findReferenceGazetteer } from "./gazetteer-reference";

describe("findReferenceGazetteer", () => {
  it("finds ../shared/reference/gazetteer beside the git root, from any folder inside the repository", () => {
    const root = mkdtempSync(join(tmpdir(), "marsad-ref-"));
    mkdirSync(join(root, "main/.git"), { recursive: true });
    mkdirSync(join(root, "main/packages/extract/src"), { recursive: true });
    mkdirSync(join(root, "shared/reference/gazetteer"), { recursive: true });
    writeFileSync(join(root, "shared/reference/gazetteer/syr_localities.csv"), "wof_id\n");
    expect(findReferenceGazetteer(join(root, "main/packages/extract/src"))).toBe(join(root, "shared/reference/gazetteer"));
  });

  it("is null when the folder is absent, so the reference test skips", () => {
    const root = mkdtempSync(join(tmpdir(), "marsad-ref-"));
    mkdirSync(join(root, "main/.git"), { recursive: true });
    expect(findReferenceGazetteer(join(root, "main"))).toBeNull();
  });
});
