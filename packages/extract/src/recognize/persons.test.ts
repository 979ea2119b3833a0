import { describe, expect, it } from "vitest";
import { recognizePersons } from "./persons";
import { contextOf } from "./test-context";

const persons = (body: string) => recognizePersons(contextOf(body)).persons;
const names = (body: string) => persons(body).map((p) => p.name);

describe("recognizePersons", () => {
  it("reads a name after a rank without the rank, with the role and affiliation before it", () => {
    const body = 'أكّد الناطق باسم غرفة "العمليات المركزية في الجنوب" (العميد حسام الجباوي)، أن المفاوضات مستمرة.';
    expect(persons(body)).toEqual([
      { id: "person-1", name: "حسام الجباوي", role: "الناطق باسم", affiliation: "غرفة العمليات المركزية" },
    ]);
  });

  it("tells the rank اللواء before a name from the unit اللواء 313", () => {
    expect(names("وصل اللواء حسام لوقا إلى المدينة.")).toEqual(["حسام لوقا"]);
    expect(names("هاجمت ميليشيا اللواء 313 الإيرانية البلدة.")).toEqual([]);
  });

  it("reads kunyas with their nisba, and the nisba alone later as the same person", () => {
    const body = "أقدم زعيم تنظيم داعش في الجنوب (أبو سالم العراقي) على تفجير نفسه، وأصيب مدني إلى جانب (العراقي).";
    const result = recognizePersons(contextOf(body));
    expect(result.persons.map((p) => p.name)).toEqual(["أبو سالم العراقي"]);
    expect(result.mentions.map((m) => [m.text, m.ref])).toEqual([
      ["أبو سالم العراقي", "person-1"],
      ["العراقي", "person-1"],
    ]);
  });

  it("links an epithet after الملقب to the person just named", () => {
    const body = 'وقال القيادي في طفس خلدون الزعبي الملقّب "أبو عزام" في بيان إن الاتفاق صامد.';
    const result = recognizePersons(contextOf(body));
    expect(result.persons.map((p) => p.name)).toEqual(["خلدون الزعبي"]);
    expect(result.mentions.map((m) => m.text)).toEqual(["خلدون الزعبي", "أبو عزام"]);
  });

  it("reads a name after المدعو and a given name with no title at all", () => {
    const body = "قتل أحد المدنيين، المدعو أحمد فرحان القطيفان، فيما يتحدث ناشطون عن مقتل شخص آخر وهو يزن عدنان، جراء القصف.";
    expect(persons(body)).toEqual([
      { id: "person-1", name: "أحمد فرحان القطيفان" },
      { id: "person-2", name: "يزن عدنان" },
    ]);
  });

  it("reads quoted and parenthesized names and keeps spans exact", () => {
    const body = 'وكان القيادي السابق "خالد الزعبي" قد قال، ومقتل أحد عناصر الجيش الحر سابقاً (يحيى محمد المحمد) من قرية المزيرعة.';
    const result = recognizePersons(contextOf(body));
    expect(result.persons.map((p) => p.name)).toEqual(["خالد الزعبي", "يحيى محمد المحمد"]);
    for (const m of result.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it("does not read على (on) as the name علي", () => {
    expect(names("وعلى الرغم من الاتفاق، اقتحمت القوات المدينة.")).toEqual([]);
    expect(names("قتل علي حسن الحريري برصاص مجهولين.")).toEqual(["علي حسن الحريري"]);
  });

  it("does not read described titles or actors and places as names", () => {
    expect(names("أصيب الطفل المصاب بجروح، وقصفت الأحياء والمزارع المحيطة بمدينة طفس.")).toEqual([]);
    expect(names("قال قائد هيئة تحرير الشام إن المعركة مستمرة.")).toEqual([]);
  });

  it("treats a one-word town after a title as a possible name but not on its own", () => {
    expect(names("انسحبت القوات من مدينة جاسم شمالي درعا.")).toEqual([]);
  });
});

describe("recognizePersons: where a name stops", () => {
  it("stops before a verb in the imperfect and before a coordinated second person", () => {
    expect(names("وأكد خالد يقود فريقاً من المتطوعين أن الوضع هادئ.")).toEqual([]);
    expect(names("اعتقل حاجز الشابين أحمد ومحمود الحريري.")).toEqual(["محمود الحريري"]);
  });

  it("takes a one-word epithet after الملقب بـ", () => {
    const result = recognizePersons(contextOf('مجموعة يقودها مصطفى المسالمة الملقب بـ"الكسم" في المدينة.'));
    expect(result.mentions.map((m) => [m.text, m.ref])).toEqual([
      ["مصطفى المسالمة", "person-1"],
      ["الكسم", "person-1"],
    ]);
  });
});

describe("recognizePersons: naming verbs", () => {
  it("reads an unknown first name after يدعى", () => {
    expect(names("قتل شاب يدعى زاهي المصري برصاص مجهولين.")).toEqual(["زاهي المصري"]);
  });
});

describe("recognizePersons: withheld names", () => {
  it("reads nothing after a name the outlet withheld", () => {
    expect(names("بحسب القيادي السابق الذي تحفظت عنب بلدي على اسمه لأسباب أمنية.")).toEqual([]);
  });
});

describe("recognizePersons: numbers", () => {
  it("never starts a name with a number after a rank word", () => {
    expect(names("وصلت تعزيزات من اللواء 47 مشاة إلى المنطقة.")).toEqual([]);
  });
});

describe("recognizePersons: namesakes", () => {
  it("does not read a mosque or a battalion named after a person as that person", () => {
    expect(names("سقطت قذيفة قرب مسجد خالد بن الوليد في الحي.")).toEqual([]);
    expect(names("قتل خالد بن محمد الحريري في الحي.")).toEqual(["خالد بن محمد الحريري"]);
  });
});
