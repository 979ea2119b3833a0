import { describe, expect, it } from "vitest";
import { matchMetadata } from "./match-metadata";
import { goldOf, prediction } from "./test-fixtures";

describe("matchMetadata", () => {
  it("compares the title after trimming white space at the ends only", () => {
    const gold = goldOf({ title: "طفس: النظام يبدأ الاقتحام" });
    expect(matchMetadata(gold, prediction({ title: "  طفس: النظام يبدأ الاقتحام\n" })).title.correct).toBe(true);
    expect(matchMetadata(gold, prediction({ title: "طفس:  النظام يبدأ الاقتحام" })).title.correct).toBe(false);
  });

  it("accepts the outlet by its Arabic or English name, and null only against null", () => {
    const outlet = { id: "enab", name: "عنب بلدي", nameEn: "Enab Baladi" };
    const gold = goldOf({ outlet: ["عنب بلدي", "Enab Baladi"] });
    expect(matchMetadata(gold, prediction({ outlet })).outlet.correct).toBe(true);
    expect(matchMetadata(gold, prediction({ outlet: { ...outlet, name: "عنب" } })).outlet.correct).toBe(true);
    expect(matchMetadata(gold, prediction()).outlet.correct).toBe(false);
    expect(matchMetadata(goldOf({ outlet: null }), prediction()).outlet.correct).toBe(true);
    expect(matchMetadata(goldOf({ outlet: null }), prediction({ outlet })).outlet.correct).toBe(false);
  });

  it("scores the publication date found in the text, not one copied from the hint", () => {
    const gold = goldOf({ published: null }, "2021-07-29");
    expect(matchMetadata(gold, prediction({ published: "2021-07-29", publishedFrom: "hint" })).published.correct).toBe(true);
    expect(matchMetadata(gold, prediction({ published: "2021-07-29", publishedFrom: "text" })).published.correct).toBe(false);
    const stated = goldOf({ published: "2022-03-15" });
    expect(matchMetadata(stated, prediction({ published: "2022-03-15" })).published.correct).toBe(true);
    expect(matchMetadata(stated, prediction({ published: "2022-03-16" })).published.correct).toBe(false);
  });

  it("checks clean-up: kept fragments present, page chrome gone", () => {
    const gold = goldOf({ bodyIncludes: ["بدأت قوات النظام", "غير موجود"], bodyExcludes: ["ذات صلة"] });
    const body = matchMetadata(gold, prediction({ body: "بدأت   قوات النظام بسحب حشودها. ذات صلة" })).body;
    expect(body).toMatchObject({ passed: 1, total: 3 });
    expect(body.failures).toEqual(["missing: غير موجود", "left in: ذات صلة"]);
  });
});
