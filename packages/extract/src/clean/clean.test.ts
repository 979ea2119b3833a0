import { describe, expect, it } from "vitest";
import { cleanText } from "./clean";

const paragraph = "قالت مصادر محلية إن قوات النظام قصفت بلدة اليادودة في ريف درعا الغربي بقذائف الهاون صباح اليوم.";

describe("clean-up of scraped pages", () => {
  it("skips live-coverage labels and icons before the title", () => {
    const cleaned = cleanText(`icon\nالتغطية الحية\n\nعنوان الخبر\n\n${paragraph}`);
    expect(cleaned.title).toBe("عنوان الخبر");
    expect(cleaned.removed.map((r) => r.reason)).toEqual(["page_chrome", "page_chrome", "title"]);
  });

  it("drops a title repeated as the first line", () => {
    const cleaned = cleanText(`عنوان الخبر\n\nعنوان الخبر\n\n${paragraph}`);
    expect(cleaned.body).toBe(paragraph);
  });

  it("cuts the related-articles tail, whatever follows it", () => {
    const cleaned = cleanText(`عنوان\n${paragraph}\nاقرأ أيضاً\nخبر آخر طويل عن درعا يتحدث عن أمور كثيرة جدا في المنطقة الجنوبية من سوريا`);
    expect(cleaned.body).toBe(paragraph);
    expect(cleaned.removed.at(-1)?.reason).toBe("related_or_comments_tail");
  });

  it("sets a dateline and a desk byline aside", () => {
    const cleaned = cleanText(`عنوان\n\n2018.07.03 | 11:07 دمشق\n\nعنب بلدي - خاص\n\n${paragraph}`);
    expect(cleaned.datelines).toEqual(["2018.07.03 | 11:07 دمشق"]);
    expect(cleaned.bylines).toEqual(["عنب بلدي - خاص"]);
    expect(cleaned.body).toBe(paragraph);
  });

  it("keeps a photo caption out of the body but returns it", () => {
    const cleaned = cleanText(`عنوان\ncamera iconمقاتل محلي في مدينة جاسم - 15 من آذار 2022 (تجمع أحرار حوران)\n${paragraph}`);
    expect(cleaned.captions).toEqual(["مقاتل محلي في مدينة جاسم - 15 من آذار 2022 (تجمع أحرار حوران)"]);
    expect(cleaned.body).toBe(paragraph);
  });

  it("keeps a short first paragraph that has no caption marks", () => {
    const cleaned = cleanText(`عنوان\nقصف على طفس.\n${paragraph}`);
    expect(cleaned.body.startsWith("قصف على طفس.")).toBe(true);
  });

  it("moves a closing source credit to the bylines", () => {
    const cleaned = cleanText(`عنوان\n${paragraph}\nالمصدر السورية نت`);
    expect(cleaned.bylines).toEqual(["المصدر السورية نت"]);
    expect(cleaned.body).toBe(paragraph);
  });

  it("gives paragraph offsets that slice the body", () => {
    const cleaned = cleanText(`عنوان\n${paragraph}\n\n${paragraph}`);
    expect(cleaned.paragraphs.map((p) => cleaned.body.slice(p.start, p.end))).toEqual([paragraph, paragraph]);
  });
});

describe("control characters", () => {
  it("keeps NUL and other controls out of the title and body", () => {
    const cleaned = cleanText(`عنوان\u0000 الخبر\n${paragraph}\u0007\u0000`);
    expect(cleaned.title).toBe("عنوان الخبر");
    expect(cleaned.body).toBe(paragraph);
  });
});
