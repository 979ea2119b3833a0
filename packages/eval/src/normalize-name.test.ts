import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anySameName, nameReadings, sameName } from "./normalize-name";

describe("sameName", () => {
  it("ignores diacritics and tatweel", () => {
    expect(sameName("طَفَس", "طفس")).toBe(true);
    expect(sameName("درعـــا", "درعا")).toBe(true);
  });

  it("unifies alef, yaa, taa marbuta, waw-hamza and yaa-hamza", () => {
    expect(sameName("إدلب", "ادلب")).toBe(true);
    expect(sameName("بصرى الشام", "بصري الشام")).toBe(true);
    expect(sameName("الشجرة", "الشجره")).toBe(true);
    expect(sameName("مؤتة", "موته")).toBe(true);
    expect(sameName("الرئيس", "الرييس")).toBe(true);
  });

  it("reads Arabic-Indic digits as ASCII", () => {
    expect(sameName("اللواء ٣١٣", "اللواء 313")).toBe(true);
    expect(sameName("درعا ۲۴", "درعا 24")).toBe(true);
  });

  it("folds case, accents and runs of white space", () => {
    expect(sameName("  HORAN   Free league ", "Horan Free League")).toBe(true);
    expect(sameName("Ḥawrān", "Hawran")).toBe(true);
  });

  it("drops the article ال from the first word only", () => {
    expect(sameName("الصنمين", "صنمين")).toBe(true);
    expect(sameName("قوات النظام", "قوات نظام")).toBe(false);
  });

  it("drops a leading conjunction or preposition, with or without the article after it", () => {
    expect(sameName("وطفس", "طفس")).toBe(true);
    expect(sameName("بالشجرة", "الشجرة")).toBe(true);
    expect(sameName("والشجرة", "شجرة")).toBe(true);
    expect(sameName("للاذقية", "اللاذقية")).toBe(true);
    expect(sameName("كالفرقة الرابعة", "الفرقة الرابعة")).toBe(true);
  });

  it("keeps distinct names apart", () => {
    expect(sameName("طفس", "درعا")).toBe(false);
    expect(sameName("درعا البلد", "درعا")).toBe(false);
    expect(sameName("الفرقة", "الرقة")).toBe(false);
    expect(sameName("Daraa", "Dara")).toBe(false);
  });

  it("does not strip a short word down to nothing", () => {
    expect(nameReadings("ال")).toEqual(["ال"]);
    expect(nameReadings("بو")).toEqual(["بو"]);
    expect(nameReadings("")).toEqual([]);
  });
});

describe("anySameName", () => {
  it("matches an English name against an accepted alias list", () => {
    expect(anySameName(["جاسم", "Jassem"], ["Jasim", "Jassem"])).toBe(true);
    expect(anySameName(["نوى", "Nawa"], ["طفس", "Tafas"])).toBe(false);
  });

  it("matches nothing when either side is empty", () => {
    expect(anySameName([], ["طفس"])).toBe(false);
    expect(anySameName(["طفس"], [])).toBe(false);
  });
});

describe("sameName properties", () => {
  const letters = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهوي"];
  const word = fc.array(fc.constantFrom(...letters), { minLength: 2, maxLength: 7 }).map((chars) => chars.join(""));
  const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));

  it("is reflexive and symmetric", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sameName(a, a)).toBe(true);
        expect(sameName(a, b)).toBe(sameName(b, a));
      }),
    );
  });

  it("ignores diacritics, tatweel and extra spaces put anywhere", () => {
    const noise = fc.constantFrom("\u064e", "\u0651", "\u0640", "\u0652");
    fc.assert(
      fc.property(name, noise, fc.nat(), (a, mark, at) => {
        const i = 1 + (at % a.length);
        const noisy = `  ${a.slice(0, i)}${mark}${a.slice(i).replace(" ", "   ")} `;
        expect(sameName(noisy, a)).toBe(true);
      }),
    );
  });

  it("ignores a leading conjunction or preposition, and the article after it", () => {
    fc.assert(
      fc.property(name, fc.constantFrom("و", "ف", "ب", "ل", "ك"), (a, clitic) => {
        expect(sameName(`${clitic}${a}`, a)).toBe(true);
        expect(sameName(`${clitic}ال${a}`, a)).toBe(true);
      }),
    );
  });
});
