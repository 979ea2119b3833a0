/** Atom and RSS documents for a list of entries; pure, so the route only fetches and serialises. */
export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  summary: string;
  /** YYYY-MM-DD or a full ISO timestamp. */
  updated: string;
}

export interface FeedMeta {
  title: string;
  selfUrl: string;
  siteUrl: string;
  lang: string;
  updated: string;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);
}

function timestamp(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
}

export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const items = entries
    .map(
      (entry) => `  <entry>
    <id>${escapeXml(entry.link)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(entry.link)}"/>
    <updated>${timestamp(entry.updated)}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${meta.lang}">
  <id>${escapeXml(meta.selfUrl)}</id>
  <title>${escapeXml(meta.title)}</title>
  <link rel="self" href="${escapeXml(meta.selfUrl)}"/>
  <link href="${escapeXml(meta.siteUrl)}"/>
  <updated>${timestamp(meta.updated)}</updated>
${items}
</feed>
`;
}

export function rssFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const rfc822 = (value: string) => new Date(timestamp(value)).toUTCString();
  const items = entries
    .map(
      (entry) => `    <item>
      <guid isPermaLink="true">${escapeXml(entry.link)}</guid>
      <title>${escapeXml(entry.title)}</title>
      <link>${escapeXml(entry.link)}</link>
      <pubDate>${rfc822(entry.updated)}</pubDate>
      <description>${escapeXml(entry.summary)}</description>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(meta.title)}</title>
    <link>${escapeXml(meta.siteUrl)}</link>
    <description>${escapeXml(meta.title)}</description>
    <language>${meta.lang}</language>
${items}
  </channel>
</rss>
`;
}
