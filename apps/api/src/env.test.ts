import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives working defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 8787, MARSAD_BODY_LIMIT: 2 * 1024 * 1024, MARSAD_API_KEYS: [], MARSAD_READS_REQUIRE_KEY: false });
  });

  it("reads labelled and bare API keys", () => {
    const env = parseEnv({ MARSAD_API_KEYS: "ingest:0123456789abcdef0123, fedcba9876543210fedc" });
    expect(env.MARSAD_API_KEYS).toEqual([
      { label: "ingest", secret: "0123456789abcdef0123" },
      { label: "key2", secret: "fedcba9876543210fedc" },
    ]);
  });

  it("refuses short keys without echoing them", () => {
    expect(() => parseEnv({ MARSAD_API_KEYS: "ops:zq9" })).toThrow(EnvError);
    expect(() => parseEnv({ MARSAD_API_KEYS: "ops:zq9" })).toThrow(/"ops"/);
    expect(() => parseEnv({ MARSAD_API_KEYS: "ops:zq9" })).not.toThrow(/zq9/);
  });

  it("lists every bad variable at once", () => {
    try {
      parseEnv({ PORT: "eighty", MARSAD_RATE_LIMIT: "-1", DATABASE_URL: "not a url" });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toMatch(/PORT[\s\S]*MARSAD_RATE_LIMIT[\s\S]*DATABASE_URL/);
    }
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: "" }).PORT).toBe(8787);
  });

  it("splits CORS origins and reads boolean flags", () => {
    const env = parseEnv({ MARSAD_CORS_ORIGINS: "https://a.example, https://b.example", MARSAD_READS_REQUIRE_KEY: "true" });
    expect(env.MARSAD_CORS_ORIGINS).toEqual(["https://a.example", "https://b.example"]);
    expect(env.MARSAD_READS_REQUIRE_KEY).toBe(true);
  });
});
