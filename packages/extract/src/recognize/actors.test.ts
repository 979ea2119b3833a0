import { describe, expect, it } from "vitest";
import { recognizeActors } from "./actors";
import { contextOf } from "./test-context";

const names = (body: string, published?: string) => recognizeActors(contextOf(body, published)).actors.map((a) => a.name);
const refs = (body: string) => recognizeActors(contextOf(body)).mentions.map((m) => m.ref);

describe("recognizeActors", () => {
  it("collapses every spelling of the regime into one actor", () => {
    const body = "قصفت ميليشيا أسد المدينة، فيما قالت قوات النظام السوري إن الجيش العربي السوري تقدم، ونظام الأسد يرفض.";
    const result = recognizeActors(contextOf(body));
    expect(result.actors.map((a) => a.id)).toEqual(["syrian-regime"]);
    expect(result.mentions).toHaveLength(4);
  });

  it("keeps spans exact, without the prefix clitic", () => {
    const body = "اشتباكات بين المقاتلين المحليين وقوات النظام وبميليشيات تابعة لإيران.";
    for (const m of recognizeActors(contextOf(body)).mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    expect(recognizeActors(contextOf(body)).mentions.map((m) => m.text)).toEqual(["المقاتلين المحليين", "قوات النظام", "ميليشيات تابعة لإيران"]);
  });

  it("reads a division under its number and its ordinal as one unit of the army", () => {
    const result = recognizeActors(contextOf("تقدمت الفرقة 15 ثم انسحبت الفرقة الخامسة عشرة."));
    expect(result.actors).toEqual([expect.objectContaining({ id: "saa-15th-division", parent: "syrian-regime" })]);
  });

  it("tells the unit اللواء 313 from the rank اللواء before a name", () => {
    expect(refs("هاجمت ميليشيا اللواء 313 البلدة.")).toEqual(["brigade-313"]);
    expect(refs("وصل اللواء حسام لوقا إلى درعا.")).toEqual([]);
  });

  it("does not read النظام in النظام العام or النظام الإيراني as the Syrian regime", () => {
    expect(refs("طالب المحافظ بالحفاظ على النظام العام في المدينة.")).toEqual([]);
    expect(refs("وانتقد النظام الإيراني القرار.")).toEqual([]);
    expect(refs("وحاول النظام اقتحام المدينة.")).toEqual(["syrian-regime"]);
  });

  it("accepts الهيئة as HTS only when HTS is named in the article", () => {
    expect(names("طالبت الهيئة العامة للأمم المتحدة بوقف القتال.")).toEqual([]);
    expect(names("عرض الوفد على هيئة تحرير الشام الخروج، ورفض عناصر الهيئة العرض.")).toEqual(["هيئة تحرير الشام"]);
  });

  it("resolves الفصائل to the opposition group the article names", () => {
    const body = "رفض الوفد خروج فصائل الجيش الحر، وقالت الفصائل إنها مستمرة في القتال.";
    expect(refs(body)).toEqual(["fsa", "fsa"]);
    expect(refs("وقالت الفصائل إنها صدت الهجوم.")).toEqual(["opposition-factions"]);
  });

  it("reads former opposition fighters as the local fighters", () => {
    const body = "تصدى عدد من مقاتلي فصائل المعارضة السورية سابقاً للهجوم، وقتل أحد عناصر الجيش الحر سابقاً.";
    expect(names(body)).toEqual(["المقاتلين المحليين"]);
  });

  it("keeps the Free Syrian Army of 2018 as itself", () => {
    expect(names("رفض الروس خروج فصائل الجيش السوري الحر من درعا.", "2018-07-03")).toEqual(["القوات الروسية", "الجيش الحر"]);
  });

  it("reads أبناء + a place and أبناء المنطقة as local fighters", () => {
    expect(names("وأضافت المصادر أن أبناء المنطقة تصدوا لمحاولة التقدم.")).toEqual(["المقاتلين المحليين"]);
  });

  it("names a clan from عشيرة X even outside the registry", () => {
    const result = recognizeActors(contextOf("أصدر وجهاء عشيرة الحوامدة بياناً، وردّت عشيرة المسالمة."));
    expect(result.actors.map((a) => a.name)).toEqual(["عشيرة الحوامدة", "عشيرة المسالمة"]);
    expect(result.actors[0]?.parent).toBe("clans");
  });

  it("reports the Russian delegation and military police as the Russian forces", () => {
    const result = recognizeActors(contextOf("رفض الوفد الروسي الشروط، ودخلت الشرطة العسكرية الروسية البلدة."));
    expect(result.actors.map((a) => a.nameEn)).toEqual(["Military Forces of Russia"]);
  });

  it("drops a collective noun used for one member (أحد الوجهاء)", () => {
    expect(names("وقال أحد الوجهاء إن الاتفاق صامد.")).toEqual([]);
    expect(names("اجتمع الوجهاء مع اللجنة المركزية.")).toEqual(["الوجهاء", "اللجنة المركزية"]);
  });

  it("recognizes unidentified gunmen and Islamic State under its epithets", () => {
    expect(names("اغتال مسلحون مجهولون عنصراً سابقاً، وتبنى تنظيم داعش الهجوم.")).toEqual(["مسلحون مجهولون", "تنظيم الدولة"]);
  });
});

describe("recognizeActors: foreign forces named by nationality", () => {
  it("reads a nationality after a strike or force word as that country's forces", () => {
    expect(names("وشنت طائرات حربية غارات جوية روسية على البلدة.")).toEqual(["القوات الروسية"]);
    expect(names("وزادت قوات النظام - بدعم روسي - من هجماتها.")).toEqual(["قوات النظام", "القوات الروسية"]);
    expect(names("واستهدفت مسيرة تركية سيارة قرب القامشلي.")).toEqual(["القوات التركية"]);
  });

  it("does not read a nationality after other nouns as an army", () => {
    expect(names("نزح الأهالي نحو الحدود الأردنية.")).toEqual(["المدنيين"]);
  });
});

describe("recognizeActors: one-word forms followed by an adjective", () => {
  it("reads التنظيم as Islamic State only when no nisba adjective makes it another organisation", () => {
    const body = "تحدث التنظيم الإداري للمجلس عن الانتخابات، فيما تبنى تنظيم داعش الهجوم وقال التنظيم إنه قتل عنصرين.";
    expect(recognizeActors(contextOf(body)).mentions.map((m) => m.text)).toEqual(["تنظيم داعش", "التنظيم"]);
  });

  it("keeps النظام before a definite object or a time word", () => {
    expect(refs("فيما أبلغ النظام اللجنة بأنه يريد التأكد من خروج المطلوبين.")).toEqual(["syrian-regime"]);
    expect(refs("وحاول النظام اليوم اقتحام البلدة.")).toEqual(["syrian-regime"]);
  });
});
