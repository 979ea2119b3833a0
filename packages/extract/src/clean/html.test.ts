import { describe, expect, it } from "vitest";
import { extract } from "../extract";
import { htmlToText } from "./html";

describe("HTML to text", () => {
  it("turns blocks into lines and drops scripts, styles and navigation", () => {
    const { text } = htmlToText(
      "<html><head><title>x</title><script>var a=1</script></head><body><nav>الرئيسية</nav><h1>عنوان الخبر</h1><p>الفقرة <b>الأولى</b>.</p><p>الثانية</p><footer>حقوق</footer></body></html>",
    );
    expect(text.split("\n").filter(Boolean)).toEqual(["عنوان الخبر", "الفقرة الأولى.", "الثانية"]);
  });

  it("keeps figure captions apart from the text", () => {
    const { text, captions } = htmlToText("<p>نص المقال الطويل</p><figure><img src=x><figcaption>مقاتل في جاسم (تجمع أحرار حوران)</figcaption></figure>");
    expect(captions).toEqual(["مقاتل في جاسم (تجمع أحرار حوران)"]);
    expect(text).not.toContain("مقاتل في جاسم");
  });

  it("decodes entities through the parser", () => {
    expect(htmlToText("<p>قوات &quot;النظام&quot; &amp; الميليشيات</p>").text).toBe('قوات "النظام" & الميليشيات');
  });

  it("feeds extract: the h1 becomes the title", () => {
    const result = extract("<h1>انسحاب قوات النظام من جاسم</h1><p>بدأت قوات النظام السوري بسحب حشودها العسكرية من مدينة جاسم عقب مواجهات عنيفة شهدتها المدينة مع مقاتلين محليين.</p>", {
      format: "html",
    });
    expect(result.article.title).toBe("انسحاب قوات النظام من جاسم");
    expect(result.article.body).toContain("بدأت قوات النظام السوري");
  });
});
