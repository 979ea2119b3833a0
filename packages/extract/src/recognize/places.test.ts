import { describe, expect, it } from "vitest";
import { recognizePlaces } from "./places";
import { contextOf } from "./test-context";

const recognize = (body: string) => {
  const ctx = contextOf(body);
  const result = recognizePlaces(ctx);
  return { ...result, ctx };
};
/** The place each mention of `text` resolved to, in order. */
const refsOf = (body: string, text: string) => {
  const { mentions, places } = recognize(body);
  return mentions.filter((m) => m.text === text).map((m) => places.find((p) => p.id === m.ref));
};

describe("recognizePlaces: names, clitics and triggers", () => {
  it("finds a town after a trigger word and a prefix clitic, with body offsets that slice back to the text", () => {
    const body = "شنت قوات النظام حملة عسكرية استهدفت مدينة طفس غربي درعا، وقصفت بلدة المزيريب وبمدينة نوى.";
    const { mentions, places } = recognize(body);
    for (const m of mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    expect(places.map((p) => p.name)).toEqual(expect.arrayContaining(["طفس", "درعا", "المزيريب", "نوى"]));
    expect(mentions.find((m) => m.text === "نوى")?.ref).toBe("gn:166365");
  });

  it("reads حاجز X as a checkpoint at the place X", () => {
    const body = "هاجم مسلحون حاجز البكار التابع للأمن العسكري قرب بلدة الشجرة.";
    const { mentions, details, places } = recognize(body);
    const index = mentions.findIndex((m) => m.text === "البكار");
    expect(index).toBeGreaterThanOrEqual(0);
    expect(details[index]?.checkpoint).toBe(true);
    expect(places.find((p) => p.name === "البكار")?.admin1).toBe("SY12");
  });

  it("marks a place named after قرب / محيط / بالقرب من as near it, not in it", () => {
    const body = "سقطت قذيفة بالقرب من طفس، وأخرى في محيط نوى، وثالثة في جاسم.";
    const { mentions, details } = recognize(body);
    expect(mentions.map((m, i) => [m.text, details[i]?.near])).toEqual([
      ["طفس", true],
      ["نوى", true],
      ["جاسم", false],
    ]);
  });

  it("resolves محافظة X to the governorate and a bare X to the town of the same name", () => {
    const body = "قصفت قوات النظام محافظة درعا، ثم دخلت درعا من جهة الشرق.";
    const { mentions } = recognize(body);
    expect(mentions.map((m) => m.ref)).toEqual(["SY12", "gn:170905"]);
  });

  it("gives each place once in places[], the most precise first, each group in the order first mentioned", () => {
    const { places } = recognize("قصف على محافظة درعا وعلى طفس ونوى، ثم طفس مرة أخرى في الجنوب السوري.");
    expect(places.map((p) => p.name)).toEqual(["طفس", "نوى", "درعا", "الجنوب السوري"]);
  });
});

describe("recognizePlaces: ambiguous names resolved by context", () => {
  it("places صيدا east of Daraa in a Daraa story, and in Lebanon next to a Lebanese cue", () => {
    const daraa = "اقتحم أبناء بلدة صيدا، شرقي درعا، حاجزاً لقوات النظام.";
    const lebanon = "وصل الوفد إلى مدينة صيدا اللبنانية جنوب لبنان.";
    expect(refsOf(daraa, "صيدا")[0]?.admin1).toBe("SY12");
    expect(refsOf(lebanon, "صيدا")[0]?.id).toBe("city:lb-sidon");
  });

  it("uses the governorate in focus as the prior for a homonym named later", () => {
    const quneitra = "قصفت قوات النظام القنيطرة وخان أرنبة ومدينة البعث، ثم قرية صيدا.";
    const daraa = "قصفت قوات النظام طفس ونوى وجاسم، ثم قرية صيدا.";
    expect(recognize(quneitra).focus).toBe("SY14");
    expect(refsOf(quneitra, "صيدا")[0]?.admin1).toBe("SY14");
    expect(recognize(daraa).focus).toBe("SY12");
    expect(refsOf(daraa, "صيدا")[0]?.admin1).toBe("SY12");
  });

  it("takes الشجرة as the town with a trigger or a locating word, not as the word 'tree'", () => {
    expect(refsOf("استهدفت قوات النظام بلدة الشجرة في حوض اليرموك.", "الشجرة")[0]?.id).toBe("gn:172829");
    expect(refsOf("وقعت الشجرة غربي درعا تحت القصف.", "الشجرة")[0]?.id).toBe("gn:172829");
    expect(refsOf("سقطت الشجرة على السيارة بسبب الرياح.", "الشجرة")).toEqual([]);
  });

  it("takes جاسم as the city in place context and as a man before a surname or after a title", () => {
    expect(refsOf("انسحبت قوات النظام من مدينة جاسم شمالي درعا.", "جاسم")[0]?.id).toBe("gn:165997");
    expect(refsOf("دارت اشتباكات في جاسم.", "جاسم")[0]?.id).toBe("gn:165997");
    expect(refsOf("قال جاسم الحريري إن الوضع هادئ.", "جاسم")).toEqual([]);
    expect(refsOf("قتل المدعو جاسم برصاص مجهولين.", "جاسم")).toEqual([]);
    expect(refsOf("التقى أبو جاسم بالوفد.", "جاسم")).toEqual([]);
  });

  it("reads a place named like a kunya or title (الشيخ سعد) as a person after قال, as the village after a trigger", () => {
    expect(refsOf("قال الشيخ سعد إن المفاوضات مستمرة.", "الشيخ سعد")).toEqual([]);
    expect(refsOf("قصفت قوات النظام بلدة الشيخ سعد غربي درعا.", "الشيخ سعد")[0]?.admin1).toBe("SY12");
  });

  it("takes نوى as the city of Daraa", () => {
    const [nawa] = refsOf("قصفت قوات النظام نوى بالمدفعية.", "نوى");
    expect(nawa?.id).toBe("gn:166365");
    expect(nawa?.admin1).toBe("SY12");
  });

  it("lets the newspaper الوطن win over a place, and reads درعا 24 as a network", () => {
    const { mentions } = recognize("وذكرت صحيفة الوطن الموالية، ونقلت شبكة درعا 24 أن القصف طال مدينة درعا.");
    expect(mentions.map((m) => m.text)).toEqual(["درعا"]);
  });

  it("reads الميادين as the TV channel after قناة and as the town after مدينة or before a locating word", () => {
    expect(refsOf("ونقلت قناة الميادين عن مصادرها.", "الميادين")).toEqual([]);
    expect(refsOf("قصفت طائرات مسيرة مدينة الميادين.", "الميادين")[0]?.admin1).toBe("SY09");
    expect(refsOf("انفجار في الميادين شرقي دير الزور.", "الميادين")[0]?.admin1).toBe("SY09");
  });

  it("keeps common words that are also village names out unless the context says place", () => {
    const body = "أعلنت الكتيبة عن الحراك الجديد، وقال إن الهوية جديدة.";
    expect(recognize(body).mentions).toEqual([]);
  });

  it("accepts an ordinary-word name listed after a plural trigger together with towns", () => {
    const { places } = recognize("قصفت قوات النظام بلدات طفس والشجرة والمزيريب.");
    expect(places.map((p) => p.name)).toEqual(["طفس", "الشجرة", "المزيريب"]);
  });

  it("reads the Nasib crossing under its Syrian and Jordanian names, but not جابر the man", () => {
    expect(refsOf("أعيد فتح معبر نصيب الحدودي مع الأردن.", "معبر نصيب الحدودي")[0]?.id).toBe("crossing:nasib");
    expect(refsOf("عبرت الشاحنات معبر جابر.", "معبر جابر")[0]?.kind).toBe("crossing");
    expect(recognize("قال جابر إن الطريق مفتوح.").mentions).toEqual([]);
  });

  it("ignores a city written after a clock time as a time-zone label", () => {
    expect(recognize("2018.07.03 | 11:07 دمشق").mentions).toEqual([]);
  });
});

describe("recognizePlaces: direction phrases become regions", () => {
  it("turns غربي درعا into the western Daraa countryside, keeping درعا as its anchor", () => {
    const body = "حملة عسكرية على مدينة طفس غربي درعا.";
    const { mentions, places } = recognize(body);
    const region = mentions.find((m) => m.text === "غربي درعا");
    expect(region?.ref).toBe("region:SY12-west");
    expect(places.find((p) => p.id === "region:SY12-west")?.kind).toBe("region");
    expect(mentions.some((m) => m.text === "درعا")).toBe(true);
  });

  it("reads ريف X الغربي for any governorate, curated or not", () => {
    expect(refsOf("قصف على ريف درعا الغربي.", "ريف درعا الغربي")[0]?.id).toBe("region:SY12-west");
    const [aleppo] = refsOf("غارات على ريف حلب الشمالي.", "ريف حلب الشمالي");
    expect(aleppo).toMatchObject({ kind: "region", admin1: "SY02", name: "ريف حلب الشمالي" });
  });

  it("reads شمالي المحافظة as a region of the governorate in focus, inventing no town", () => {
    const body = "دخلت القوات مدينة جاسم. وتقع المدينة شمالي المحافظة.";
    const { mentions, places } = recognize(body);
    expect(mentions.find((m) => m.text === "شمالي المحافظة")?.ref).toBe("region:SY12-north");
    expect(places.filter((p) => p.kind !== "region").map((p) => p.name)).toEqual(["جاسم"]);
  });

  it("reads الجنوب السوري as a region and a country as a country", () => {
    const { places } = recognize("تصعيد في الجنوب السوري قرب الحدود مع الأردن.");
    expect(places.map((p) => [p.name, p.kind])).toEqual([
      ["الجنوب السوري", "region"],
      ["الأردن", "country"],
    ]);
  });

  it("reads ريف المحافظة الغربي as the western countryside of the governorate in focus", () => {
    const body = "قصفت قوات النظام طفس ونوى. وتركز القصف على ريف المحافظة الغربي.";
    expect(refsOf(body, "ريف المحافظة الغربي")[0]?.id).toBe("region:SY12-west");
  });

  it("reads الريف الشرقي and ريفها as the countryside of the governorate in focus", () => {
    const body = "قصفت قوات النظام مدينة طفس ومدينة نوى، وامتد القصف إلى الريف الشرقي وإلى درعا وريفها.";
    expect(refsOf(body, "الريف الشرقي")[0]?.id).toBe("region:SY12-east");
    expect(refsOf(body, "ريفها")[0]?.id).toBe("region:SY12-countryside");
  });

  it("takes المحافظة as the governorate of the place named before it in the sentence, over the article's focus", () => {
    const body = "قصفت قوات النظام طفس ونوى وجاسم. وفي دير الزور داهمت قسد منازل شرقي المحافظة.";
    expect(refsOf(body, "شرقي المحافظة")[0]?.id).toBe("region:SY09-east");
  });

  it("leaves شمالي المحافظة unresolved when no governorate is in focus", () => {
    expect(recognize("تقدمت القوات شمالي المحافظة.").mentions).toEqual([]);
  });

  it("builds a region around a foreign country (جنوب لبنان)", () => {
    const [region] = refsOf("غارات إسرائيلية على جنوب لبنان.", "جنوب لبنان");
    expect(region).toMatchObject({ kind: "region", name: "جنوب لبنان", admin1: null });
  });

  it("composes two directions (شمال غربي)", () => {
    const [region] = refsOf("مواقع شمال غربي طفس.", "شمال غربي طفس");
    expect(region).toMatchObject({ kind: "region", name: "شمال غرب طفس" });
  });
});
