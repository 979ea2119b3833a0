import type { ExtractionResult } from "@marsad/model";
import { describe, expect, it } from "vitest";
import { extract } from "../extract";

function run(paragraphs: string[], published = "2023-05-10"): ExtractionResult {
  return extract(`عنوان الخبر\n\n${paragraphs.join("\n\n")}`, { published });
}
const placeName = (r: ExtractionResult, id: string | null) => r.places.find((p) => p.id === id)?.name;
const actorName = (r: ExtractionResult, id: string | null) => r.actors.find((a) => a.id === id)?.name;
const live = (r: ExtractionResult) => r.events.filter((e) => !e.background);

describe("event layer", () => {
  it("codes an attempted storming that local fighters repel as one battle", () => {
    const r = run([
      "حاولت قوات النظام صباح اليوم اقتحام بلدة اليادودة غربي درعا بالدبابات، وسط قصف بقذائف الهاون.",
      "وتصدى مقاتلون محليون لمحاولة الاقتحام وتمكنوا من إعطاب دبابة، بحسب تجمع أحرار حوران.",
    ]);
    const battles = live(r).filter((e) => e.eventType === "Battles");
    expect(battles).toHaveLength(1);
    expect(placeName(r, battles[0]?.place ?? null)).toBe("اليادودة");
    expect(actorName(r, battles[0]?.actor1 ?? null)).toBe("قوات النظام");
    expect(battles[0]?.weapons).toContain("tank");
    expect(battles[0]?.date.value).toBe("2023-05-10");
  });

  it("attaches civilian injuries to the shelling that caused them", () => {
    const r = run(["قصفت قوات النظام أمس بلدة المزيريب بقذائف المدفعية، ما أدى إلى إصابة ثلاثة مدنيين بينهم طفل."]);
    const shelling = live(r).find((e) => e.subEventType === "Shelling/artillery/missile attack");
    expect(shelling?.injured?.count).toBe(3);
    expect(shelling?.weapons).toContain("artillery");
    expect(shelling?.date.value).toBe("2023-05-09");
    expect(r.actors.find((a) => a.id === shelling?.actor2)?.category).toBe("civilians");
  });

  it("codes a suicide bombing after a siege, with the hostage wounded", () => {
    const r = run([
      "أقدم قيادي في تنظيم الدولة على تفجير نفسه بحزام ناسف بعد محاصرته من قبل مقاتلين محليين داخل منزل في بلدة نصيب، ما أدى إلى إصابة رهينة مدني كان يحتجزه.",
    ]);
    const bomb = live(r).find((e) => e.subEventType === "Suicide bomb");
    expect(bomb).toBeDefined();
    expect(placeName(r, bomb?.place ?? null)).toBe("نصيب");
    expect(bomb?.weapons).toContain("suicide_belt");
  });

  it("counts captives of a checkpoint takeover as the sum of the joined counts", () => {
    const r = run(["اقتحم مقاتلون محليون في بلدة الغارية الغربية حاجزاً للمخابرات الجوية وأسروا عناصره وعددهم 12 عنصراً مع ضابطين."]);
    const takeover = live(r).find((e) => e.eventType === "Battles");
    expect(takeover?.captured?.count).toBe(14);
    expect(placeName(r, takeover?.place ?? null)).toBe("الغارية الغربية");
  });

  it("places a withdrawal where the troops leave, and its agreement where it was negotiated", () => {
    const r = run([
      "انسحبت قوات النظام اليوم من مدينة داعل بعد التوصل إلى اتفاق مع وجهاء المدينة خلال اجتماع عقد في مدينة إزرع.",
    ]);
    const types = live(r).map((e) => [e.subEventType, placeName(r, e.place)]);
    expect(types).toContainEqual(["Agreement", expect.stringMatching(/داعل|إزرع/)]);
    expect(live(r).every((e) => e.eventType === "Strategic developments")).toBe(true);
  });

  it("keeps a campaign total in figures, never on an event", () => {
    const r = run([
      "وتواصل قوات النظام منذ 20 يوماً حملة عسكرية على ريف إدلب الجنوبي أسفرت عن مقتل أكثر من 150 مدنياً ونزوح أكثر من 100 ألف شخص.",
    ]);
    expect(r.figures.map((f) => [f.kind, f.min])).toEqual(expect.arrayContaining([["killed", 150], ["displaced", 100000]]));
    for (const event of r.events) expect((event.fatalities?.min ?? event.fatalities?.count ?? 0) < 150).toBe(true);
  });

  it("marks events disputed when regime media deny them, naming who denies", () => {
    const r = run([
      "سيطر مقاتلون محليون اليوم على حاجز للأمن العسكري في بلدة المسيفرة شرقي درعا.",
      "وذكرت وكالة سانا أن الجيش يلاحق الإرهابيين، ونفت الوكالة سيطرة المسلحين على أي حاجز.",
    ]);
    const takeover = live(r).find((e) => e.subEventType === "Non-state actor overtakes territory");
    expect(takeover?.disputed).toBe(true);
  });

  it("tells history as background", () => {
    const r = run(["وسبق أن شنت قوات النظام حملة عسكرية على مدينة الحراك في عام 2018 انتهت باتفاق تسوية."]);
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.events.every((e) => e.background)).toBe(true);
  });

  it("makes no event of a threat", () => {
    const r = run(["وهددت قوات النظام باقتحام مدينة طفس في حال لم يتم تسليم المطلوبين."]);
    expect(live(r).filter((e) => e.eventType === "Battles")).toHaveLength(0);
  });

  it("backs every event with an evidence span that contains its trigger", () => {
    const r = run(["قصفت قوات النظام بلدة الكرك الشرقي بالمدفعية اليوم.", "واندلعت اشتباكات بين مقاتلين محليين وقوات النظام في محيط بلدة الكرك الشرقي."]);
    expect(r.events.length).toBeGreaterThan(0);
    for (const event of r.events) {
      expect(event.evidence.some((span) => span.start <= event.trigger.start && span.end >= event.trigger.end)).toBe(true);
      expect(r.article.body.slice(event.trigger.start, event.trigger.end)).toBe(event.trigger.text);
    }
  });

  it("codes a protest that security forces disperse as a protest with intervention, its arrests apart", () => {
    const r = run(["فرّقت قوات الأمن التابعة للنظام اليوم مظاهرة خرجت في مدينة إزرع بإطلاق الرصاص في الهواء، واعتقلت اثنين من المتظاهرين."]);
    const protest = live(r).find((e) => e.eventType === "Protests");
    expect(protest?.subEventType).toBe("Protest with intervention");
    expect(r.actors.find((a) => a.id === protest?.actor1)?.category).toBe("protesters");
    const arrest = live(r).find((e) => e.subEventType === "Arrests");
    expect(actorName(r, arrest?.actor1 ?? null)).toBe("قوات النظام");
    expect(arrest?.captured?.count).toBe(2);
  });

  it("reads a patrol 'belonging to' a branch as the one acting", () => {
    const r = run(["داهمت دورية تابعة للأمن العسكري اليوم منازل في مدينة الحراك واعتقلت شاباً."]);
    const arrest = live(r).find((e) => e.subEventType === "Arrests");
    expect(actorName(r, arrest?.actor1 ?? null)).toBe("الأمن العسكري");
    expect(r.actors.find((a) => a.id === arrest?.actor2)?.category).toBe("civilians");
  });

  it("counts one for a singular casualty and keeps the next count for the next casualty word", () => {
    const r = run(["قصفت قوات النظام اليوم بلدة الكرك الشرقي بالمدفعية ما أدى إلى مقتل مدني وإصابة ثلاثة آخرين."]);
    const shelling = live(r).find((e) => e.subEventType === "Shelling/artillery/missile attack");
    expect(shelling?.fatalities?.count).toBe(1);
    expect(shelling?.injured?.count).toBe(3);
  });

  it("places an explosion on the road between two towns once, near the first", () => {
    const r = run(["انفجرت عبوة ناسفة اليوم بسيارة عسكرية على الطريق بين بلدتي نوى والشيخ سعد، ما أدى إلى مقتل عنصرين."]);
    const blasts = live(r).filter((e) => e.subEventType === "Remote explosive/landmine/IED");
    expect(blasts).toHaveLength(1);
    expect(placeName(r, blasts[0]?.place ?? null)).toBe("نوى");
    expect(blasts[0]?.fatalities?.count).toBe(2);
  });

  it("names both parties of an agreement and leaves its sponsor as an associate", () => {
    const r = run(["توصلت اللجنة المركزية ووفد من ضباط النظام، صباح اليوم، إلى اتفاق برعاية روسية في مدينة طفس."]);
    const agreement = live(r).find((e) => e.subEventType === "Agreement");
    const parties = [actorName(r, agreement?.actor1 ?? null), actorName(r, agreement?.actor2 ?? null)];
    expect(parties).toEqual(expect.arrayContaining(["اللجنة المركزية", "قوات النظام"]));
  });

  it("makes no base event of a military point that is only attacked", () => {
    const r = run(["هاجم عناصر من تنظيم الدولة اليوم نقطة عسكرية لقوات النظام قرب مدينة الميادين، ما أدى إلى مقتل خمسة عناصر."]);
    expect(live(r).some((e) => e.subEventType === "Headquarters or base established")).toBe(false);
    const battle = live(r).find((e) => e.eventType === "Battles");
    expect(actorName(r, battle?.actor1 ?? null)).toBe("تنظيم الدولة");
    expect(battle?.fatalities?.count).toBe(5);
  });
});
