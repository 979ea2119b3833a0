import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Collected, damascusDay } from "./item";
import { collectItems } from "./collect";

const LONG = "قصفت قوات النظام بلدة طفس بالمدفعية الثقيلة صباح اليوم، ما أدى إلى مقتل مدنيين اثنين. ".repeat(12);
const PAGE = `<html><head><title>طفس</title><meta property="article:published_time" content="2021-07-28T22:30:00Z"></head><body>
<nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>قصف على طفس</h1><p>${LONG}</p><p>${LONG}</p></article><footer>حقوق النشر</footer></body></html>`;
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
<item><title>خبر كامل</title><link>https://example.org/full</link><pubDate>Wed, 28 Jul 2021 22:30:00 GMT</pubDate><description><![CDATA[<p>${LONG}</p>]]></description></item>
<item><title>خبر مختصر</title><link>LINK</link><description>مقدمة قصيرة</description></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>مدخل</title><link rel="alternate" href="https://example.org/atom-1"/><published>2021-07-29T08:00:00Z</published><content type="html">&lt;p&gt;${LONG}&lt;/p&gt;</content></entry>
</feed>`;

async function all(targets: string[]): Promise<Collected[]> {
  const out: Collected[] = [];
  for await (const c of collectItems(targets)) out.push(c);
  return out;
}

describe("collectItems", () => {
  let server: Server;
  let base: string;
  let dir: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/feed") {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(RSS.replace("LINK", `${base}/page`));
      } else if (req.url === "/page") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(PAGE);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), "marsad-collect-"));
    writeFileSync(join(dir, "a.txt"), "عنوان\n\nنص الخبر");
    writeFileSync(join(dir, "b.html"), PAGE);
    writeFileSync(join(dir, "c.jsonl"), [
      JSON.stringify({ text: "خبر أول", url: "https://example.org/1", published: "2021-07-29", outlet: "enab" }),
      "{not json",
      JSON.stringify({ text: "خبر", html: "<p>خبر</p>" }),
      "",
      JSON.stringify({ html: "<p>خبر ثان</p>" }),
    ].join("\n"));
    writeFileSync(join(dir, "d.atom"), ATOM);
  });
  afterAll(() => server.close());

  it("walks a directory in name order: text, HTML, JSON Lines and a feed file", async () => {
    const found = await all([dir]);
    const summary = found.map((c) => (c.ok ? `${c.item.format}:${c.item.origin.replace(dir, "")}` : `error:${c.error.code}:${c.error.origin.replace(dir, "")}`));
    expect(summary).toEqual([
      "text:/a.txt",
      "html:/b.html",
      "text:/c.jsonl:1",
      "error:bad_line:/c.jsonl:2",
      "error:bad_line:/c.jsonl:3",
      "html:/c.jsonl:5",
      "html:https://example.org/atom-1",
    ]);
    const first = found[2];
    expect(first?.ok && first.item).toMatchObject({ raw: "خبر أول", url: "https://example.org/1", published: "2021-07-29", outlet: "enab" });
  });

  it("explains a bad JSON Lines record", async () => {
    const bad = (await all([join(dir, "c.jsonl")])).find((c) => !c.ok && c.error.origin.endsWith(":3"));
    expect(bad?.ok === false && bad.error.message).toContain("exactly one of text or html");
  });

  it("reports a missing path and goes on", async () => {
    const found = await all([join(dir, "missing.txt"), join(dir, "a.txt")]);
    expect(found.map((c) => c.ok)).toEqual([false, true]);
  });

  it("takes full entries from an RSS feed and leaves teasers to be fetched", async () => {
    const found = await all([`${base}/feed`]);
    expect(found).toHaveLength(2);
    const [full, teaser] = found;
    expect(full?.ok && full.item).toMatchObject({ format: "html", url: "https://example.org/full", published: "2021-07-29" });
    expect(teaser?.ok && teaser.item).toMatchObject({ fetch: true, url: `${base}/page` });
  });

  it("takes the main text of an article page with Readability, dropping the menu", async () => {
    const [page] = await all([`${base}/page`]);
    if (!page?.ok) throw new Error("expected an item");
    expect(page.item.raw).toContain("قصف على طفس");
    expect(page.item.raw).not.toContain("اقتصاد");
    expect(page.item.published).toBe("2021-07-29");
  });

  it("reports an HTTP error as a failed fetch", async () => {
    const [missing] = await all([`${base}/nothing`]);
    expect(missing?.ok === false && missing.error).toMatchObject({ code: "fetch_failed" });
  });
});

describe("damascusDay", () => {
  it("reads a feed timestamp as the day it was in Damascus", () => {
    expect(damascusDay("Wed, 28 Jul 2021 22:30:00 GMT")).toBe("2021-07-29");
    expect(damascusDay("2021-07-28T10:00:00Z")).toBe("2021-07-28");
  });

  it("gives null for what is not a date", () => {
    expect(damascusDay("yesterday-ish")).toBeNull();
    expect(damascusDay(undefined)).toBeNull();
  });
});
