import { XMLParser } from "fast-xml-parser";
import { z } from "zod";

export interface FeedEntry {
  title: string;
  link: string | null;
  published: string | null;
  /** The entry's full or summary HTML, when the feed carries it. */
  html: string | null;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", cdataPropName: "#cdata" });

function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "object") {
    const record = z.record(z.string(), z.unknown()).parse(value);
    return textOf(record["#cdata"] ?? record["#text"] ?? record["@href"]);
  }
  return null;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

const Entry = z.record(z.string(), z.unknown());

/** Reads RSS 2.0 and Atom feeds; returns null when the document is neither. */
export function parseFeed(xml: string): FeedEntry[] | null {
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch {
    return null;
  }
  const root = Entry.safeParse(doc);
  if (!root.success) return null;
  const rss = Entry.safeParse(root.data.rss);
  if (rss.success) {
    const channel = Entry.safeParse(list(rss.data.channel)[0]);
    const items = channel.success ? list(channel.data.item) : [];
    return items.flatMap((raw) => {
      const item = Entry.safeParse(raw);
      if (!item.success) return [];
      const i = item.data;
      return [{ title: textOf(i.title) ?? "", link: textOf(i.link), published: textOf(i.pubDate ?? i["dc:date"]), html: textOf(i["content:encoded"] ?? i.description) }];
    });
  }
  const feed = Entry.safeParse(root.data.feed);
  if (feed.success) {
    return list(feed.data.entry).flatMap((raw) => {
      const entry = Entry.safeParse(raw);
      if (!entry.success) return [];
      const e = entry.data;
      const links = list(e.link).map((l) => Entry.safeParse(l)).flatMap((l) => (l.success ? [l.data] : []));
      const alternate = links.find((l) => l["@rel"] === undefined || l["@rel"] === "alternate");
      return [{ title: textOf(e.title) ?? "", link: alternate ? textOf(alternate["@href"]) : null, published: textOf(e.published ?? e.updated), html: textOf(e.content ?? e.summary) }];
    });
  }
  return null;
}
