import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApiNotice } from "@/components/common/api-notice";
import { nameFor } from "@/components/common/bidi-name";
import { FilterForm } from "@/components/filters/filter-form";
import { IncidentList } from "@/components/incidents/incident-list";
import { EventMap } from "@/components/map/event-map";
import type { MapPoint } from "@/components/map/map-data";
import { Timeline } from "@/components/timeline/timeline";
import { env } from "@/env";
import { directionOf, isLocale, type Locale } from "@/i18n/routing";
import { getDailyByType, type IncidentItem, listIncidents } from "@/lib/api";
import { filterOptions } from "@/lib/filter-options";
import { type Filters, parseFilters, type SearchParamsRecord } from "@/lib/filters";
import { formatIsoDate, formatNumber } from "@/lib/format";
import { subTypeLabel } from "@/lib/labels";
import { exportHref } from "@/lib/links";
import { ALL_TYPES, TYPE_COLOURS } from "@/lib/taxonomy";
import { countByDay } from "@/lib/timeline";
import { loadTowns } from "@/lib/towns";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParamsRecord>;
}

const MAP_LIMIT = 1000;

function toPoints(locale: Locale, items: readonly IncidentItem[]): MapPoint[] {
  return items.flatMap((item) =>
    item.lat !== null && item.lon !== null
      ? [
          {
            id: item.id,
            lat: item.lat,
            lon: item.lon,
            type: item.eventType,
            title: `${subTypeLabel(locale, item.eventType, item.subEventType)} — ${item.labels.place ? nameFor(locale, item.labels.place) : ""}`,
          },
        ]
      : [],
  );
}

export default async function HomePage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : "ar";
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const f = await getTranslations("filters");
  const filters = parseFilters(await searchParams);
  const { from, to, ...undated } = filters;
  const noFilters = !from && !to && Object.keys(undated).length === 0;

  // The map and list use every filter; the timeline ignores the date range so the brush shows what lies outside it;
  // the filter choices come from all incidents.
  const [shown, daily, everything, towns] = await Promise.all([
    listIncidents(filters, { limit: MAP_LIMIT }),
    getDailyByType(undated),
    noFilters ? null : listIncidents({}, { limit: MAP_LIMIT }),
    loadTowns(locale),
  ]);
  if (!shown.ok) {
    return (
      <>
        <h1>{t("title")}</h1>
        <ApiNotice problem={shown.error} />
      </>
    );
  }
  const items = shown.data.items;
  const optionItems = everything?.ok ? everything.data.items : items;
  // Without the stats endpoint, count the shown incidents instead.
  const days = daily.ok ? daily.data : countByDay(items.map((item) => ({ date: item.dateMin, type: item.eventType })));
  const eventTotal = days.reduce((sum, day) => sum + Object.values(day.byType).reduce((a, b) => a + b, 0), 0);
  const firstDay = days[0]?.date;
  const lastDay = days[days.length - 1]?.date;
  const points = toPoints(locale, items);
  const typeNames = await getTranslations("types");

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="prose muted">{t("intro")}</p>
      <div className="home-grid">
        <div className="home-main">
          <section aria-label={t("mapLabel")}>
            <EventMap
              points={points}
              towns={towns}
              incidentHref={`/${locale}/incidents/`}
              label={t("mapLabel")}
              fallback={t("mapFallback")}
              tilesUrl={env.MAP_TILES_URL}
            />
            <ul className="map-legend" aria-hidden="true">
              {ALL_TYPES.map((type) => (
                <li key={type}>
                  <span className="swatch" style={{ backgroundColor: TYPE_COLOURS[type] }} />
                  {typeNames(type)}
                </li>
              ))}
            </ul>
          </section>
          <Timeline
            days={days}
            from={from}
            to={to}
            rtl={directionOf(locale) === "rtl"}
            labels={{
              title: t("timeline"),
              help: t("timelineHelp"),
              clear: t("clearRange"),
              start: firstDay ? formatIsoDate(locale, firstDay) : "",
              end: lastDay ? formatIsoDate(locale, lastDay) : "",
              summary: `${t("timeline")}: ${t("events", { count: eventTotal })}`,
            }}
          />
          <FilterForm locale={locale} filters={filters} options={filterOptions(optionItems)} />
        </div>
        <aside className="home-side" aria-labelledby="latest-title">
          <h2 id="latest-title">
            {t("latest")} <span className="muted" data-testid="incident-count">({t("count", { count: items.length })})</span>
          </h2>
          <IncidentList items={items} locale={locale} label={t("listLabel")} />
          <p className="muted">
            <a href={exportHref(locale, "csv", filters)}>CSV</a> · <a href={exportHref(locale, "geojson", filters)}>GeoJSON</a> ·{" "}
            {f("active")}: {formatNumber(locale, Object.keys(filters).length)}
          </p>
        </aside>
      </div>
    </>
  );
}

export type { Filters };
