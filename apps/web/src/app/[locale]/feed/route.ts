import { getTranslations } from "next-intl/server";
import { nameFor } from "@/components/common/bidi-name";
import { env } from "@/env";
import { isLocale, type Locale } from "@/i18n/routing";
import { listIncidents } from "@/lib/api";
import { atomFeed, type FeedEntry, rssFeed } from "@/lib/feed";
import { filtersToQueryString, parseFilters } from "@/lib/filters";
import { subTypeLabel } from "@/lib/labels";

/** `/{locale}/feed?<filters>` — Atom by default, RSS with `format=rss`: any view of the map, followable. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : "ar";
  const url = new URL(request.url);
  const origin = env.SITE_URL ?? url.origin;
  const filters = parseFilters(url.searchParams);
  const result = await listIncidents(filters, { limit: 100 });
  if (!result.ok) {
    return new Response(`${result.error.code}: ${result.error.message}\n`, { status: 502, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const t = await getTranslations({ locale, namespace: "site" });
  const h = await getTranslations({ locale, namespace: "home" });
  const entries: FeedEntry[] = result.data.items.map((item) => {
    const place = item.labels.place ? nameFor(locale, item.labels.place) : h("unknownPlace");
    const outlets = item.labels.outlets.map((outlet) => nameFor(locale, outlet)).join(locale === "ar" ? "، " : ", ");
    return {
      id: item.id,
      title: `${subTypeLabel(locale, item.eventType, item.subEventType)} — ${place}`,
      link: `${origin}/${locale}/incidents/${item.id}`,
      summary: `${item.dateMin ?? ""} · ${h("reports", { count: item.reportCount })}${outlets ? ` · ${outlets}` : ""}`,
      updated: item.dateMin ?? "1970-01-01",
    };
  });
  const query = filtersToQueryString(filters);
  const meta = {
    title: `${t("name")}${query ? ` (${decodeURIComponent(query.slice(1))})` : ""}`,
    selfUrl: `${origin}${url.pathname}${url.search}`,
    siteUrl: `${origin}/${locale}${query}`,
    lang: locale,
    updated: entries[0]?.updated ?? "1970-01-01",
  };
  const rss = url.searchParams.get("format") === "rss";
  return new Response(rss ? rssFeed(meta, entries) : atomFeed(meta, entries), {
    headers: {
      "Content-Type": rss ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
