import { describe, expect, it } from "vitest";
import { atomFeed, escapeXml, rssFeed } from "./feed";

const meta = { title: "مرصد — طفس", selfUrl: "http://x/ar/feed?place=tafas", siteUrl: "http://x/ar", lang: "ar", updated: "2021-07-29" };
const entry = { id: "1", title: "اشتباك مسلح — طفس", link: "http://x/ar/incidents/1", summary: "2 < 3 & more", updated: "2021-07-28" };

describe("atomFeed", () => {
  it("writes one entry per incident with escaped text", () => {
    const xml = atomFeed(meta, [entry]);
    expect(xml).toContain("<entry>");
    expect(xml).toContain("<summary>2 &lt; 3 &amp; more</summary>");
    expect(xml).toContain("<updated>2021-07-28T00:00:00Z</updated>");
  });
  it("escapes the query string in the self link", () => {
    expect(atomFeed({ ...meta, selfUrl: "http://x/feed?a=1&b=2" }, [])).toContain('href="http://x/feed?a=1&amp;b=2"');
  });
});

describe("rssFeed", () => {
  it("gives RFC 822 dates", () => {
    expect(rssFeed(meta, [entry])).toContain("<pubDate>Wed, 28 Jul 2021 00:00:00 GMT</pubDate>");
  });
});

describe("escapeXml", () => {
  it("escapes quotes and apostrophes", () => {
    expect(escapeXml(`"it's"`)).toBe("&quot;it&apos;s&quot;");
  });
});
