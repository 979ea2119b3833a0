import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const split = (body: string) => splitSentences(body, [{ start: 0, end: body.length }]).map((s) => body.slice(s.start, s.end));

describe("sentences", () => {
  it("ends sentences at full stops and question marks", () => {
    expect(split("قصفت قوات النظام طفس. وأصيب مدنيون؟ نعم")).toEqual(["قصفت قوات النظام طفس.", "وأصيب مدنيون؟", "نعم"]);
  });

  it("does not split inside numbers or dates", () => {
    expect(split("في 2018.07.03 قتل 2.5 ألف")).toEqual(["في 2018.07.03 قتل 2.5 ألف"]);
  });

  it("keeps a closing quote with its sentence", () => {
    expect(split('قال إنهم "مستمرون في القتال." ثم غادر')).toEqual(['قال إنهم "مستمرون في القتال."', "ثم غادر"]);
  });

  it("never crosses a paragraph", () => {
    const body = "الأولى\n\nالثانية";
    expect(splitSentences(body, [{ start: 0, end: 6 }, { start: 8, end: 15 }]).map((s) => body.slice(s.start, s.end))).toEqual(["الأولى", "الثانية"]);
  });
});
