import { describe, expect, it } from "vitest";
import { recognizeSources } from "./sources";
import { contextOf } from "./test-context";

const sourcesOf = (body: string) => recognizeSources(contextOf(body));
const ids = (body: string) => sourcesOf(body).sources.map((s) => s.id);

describe("recognizeSources", () => {
  it("reads an outlet after بحسب, وفق, ذكرت and نشرت, with or without quotes and a kind word", () => {
    expect(ids("وبحسب “تجمع أحرار حوران” استهدفت القوات الأحياء.")).toEqual(["horan-free-league"]);
    expect(ids('وقال مصدر عسكري - وفق "سمارت" - إن الوفد قدم عرضاً.')).toEqual(["smart"]);
    expect(ids("وذكرت صحيفة “الوطن” شبه الرسمية أن القوات تقدمت.")).toEqual(["al-watan"]);
    expect(ids("ونشرت شبكة “درعا 24” المحلية عدداً من الصور.")).toEqual(["daraa-24"]);
  });

  it("reads the outlet of نقل X عن as the source", () => {
    expect(ids("ونقل تجمع أحرار حوران حينها عن مصدر من اللجنة قوله إن المطلوبين خرجوا.")).toEqual(["horan-free-league"]);
  });

  it("does not take the outlet spoken to for a source", () => {
    expect(ids("وذكرت مصادر محلية لأورينت نت أن القصف بدأ صباحاً.")).toEqual([]);
    expect(ids("وذكرت مصادر إعلامية لموقع “السورية نت” أن عناصر حاولوا الاقتحام.")).toEqual([]);
    expect(ids("بحسب معلومات متقاطعة لعنب بلدي، وصلت تعزيزات.")).toEqual([]);
  });

  it("keeps وفقاً لـ X as an attribution", () => {
    expect(ids("ووفقاً للمرصد السوري لحقوق الإنسان قتل ثلاثة عناصر.")).toEqual(["sohr"]);
  });

  it("gives no source for unnamed sources", () => {
    expect(sourcesOf("أفادت مصادر محلية بمقتل شاب، ويتحدث ناشطون عن قتيل آخر.").attributions).toEqual([]);
  });

  it("names an actor speaking for itself as a speaker, not as an outlet", () => {
    const result = sourcesOf('وقالت "العمليات المركزية " في بيان إنها صدت الهجوم.');
    expect(result.sources).toEqual([]);
    expect(result.speakers.map((s) => s.id)).toEqual(["central-operations-room"]);
    expect(result.attributions).toEqual([{ source: "central-operations-room", kind: "actor", sentence: 0 }]);
  });

  it("carries a source over to the sentences that continue its report", () => {
    const body = "وبحسب تجمع أحرار حوران قصفت القوات الأحياء.\nوأضاف أن القصف أسفر عن مقتل مدني.\nوشهدت مناطق عدة تضامناً.";
    expect(sourcesOf(body).attributions.map((a) => a.sentence)).toEqual([0, 1]);
  });

  it("points every mention at its outlet with an exact span", () => {
    const body = 'وقال "الجباوي" - حسب وكالة "سمارت" - إن المفاوضات مستمرة.';
    const { mentions } = sourcesOf(body);
    expect(mentions.map((m) => m.ref)).toEqual(["smart"]);
    for (const m of mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("recognizeSources: speakers follow the actor recognizer", () => {
  it("does not take a namesake organisation for the actor", () => {
    expect(sourcesOf("أعلن التحالف الوطني لقوى المعارضة تعديل نظامه.").speakers).toEqual([]);
    expect(sourcesOf("وأعلن التحالف الدولي مقتل قيادي في التنظيم.").speakers.map((s) => s.id)).toEqual(["us-led-coalition"]);
  });

  it("reads a verb with an object pronoun and a filler before the outlet", () => {
    expect(ids("وفق ما ذكره المرصد السوري لحقوق الإنسان قتل ثلاثة.")).toEqual(["sohr"]);
    expect(ids("بحسب ما أفاد به مراسل تجمع أحرار حوران.")).toEqual(["horan-free-league"]);
  });
});
