import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFeed } from "./feed";

describe("parseFeed", () => {
  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const entries = parseFeed(text);
        expect(entries === null || Array.isArray(entries)).toBe(true);
      }),
    );
  });

  it("reads the title, link, date and content of every RSS item", () => {
    const items = fc.array(fc.record({ title: fc.stringMatching(/^[a-z ]{1,20}$/), n: fc.nat(1000) }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(items, (list) => {
        const xml = `<rss><channel>${list.map((i) => `<item><title>${i.title}</title><link>https://x.org/${i.n}</link><description>نص ${i.n}</description></item>`).join("")}</channel></rss>`;
        const entries = parseFeed(xml);
        expect(entries?.map((e) => e.link)).toEqual(list.map((i) => `https://x.org/${i.n}`));
        expect(entries?.map((e) => e.html)).toEqual(list.map((i) => `نص ${i.n}`));
      }),
    );
  });

  it("returns null for XML that is neither RSS nor Atom", () => {
    expect(parseFeed("<html><body>x</body></html>")).toBeNull();
  });
});
