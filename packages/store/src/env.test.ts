import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR, resolveDataDir, storeConfigFromEnv } from "./env";

describe("storeConfigFromEnv", () => {
  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(storeConfigFromEnv({ DATABASE_URL: "postgres://db/marsad", MARSAD_DATA_DIR: "/x" })).toEqual({ url: "postgres://db/marsad" });
  });

  it("defaults to .marsad/data at the workspace root", () => {
    const root = join(__dirname, "..", "..", "..");
    expect(storeConfigFromEnv({ INIT_CWD: join(root, "packages", "cli") })).toEqual({ dataDir: join(root, ".marsad", "data") });
  });

  it("resolves a relative MARSAD_DATA_DIR against the caller's directory", () => {
    expect(storeConfigFromEnv({ MARSAD_DATA_DIR: "data", INIT_CWD: "/srv/marsad" })).toEqual({ dataDir: "/srv/marsad/data" });
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(storeConfigFromEnv({ DATABASE_URL: "", MARSAD_DATA_DIR: "/var/marsad" })).toEqual({ dataDir: "/var/marsad" });
  });

  it("places the default data directory, given as is, at the workspace root", () => {
    const root = join(__dirname, "..", "..", "..");
    expect(resolveDataDir(DEFAULT_DATA_DIR, { INIT_CWD: join(root, "apps", "api") })).toBe(join(root, ".marsad", "data"));
    expect(resolveDataDir("/var/marsad")).toBe("/var/marsad");
  });
});
