import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTrail } from "@/components/common/admin-trail";
import { ApiNotice } from "@/components/common/api-notice";
import { BidiName, nameFor } from "@/components/common/bidi-name";
import { TypeBadge } from "@/components/common/type-badge";
import { StaticMap } from "@/components/map/static-map";
import { Link } from "@/components/common/locale-link";
import { isLocale, type Locale } from "@/i18n/routing";
import { getIncident, type IncidentDetail } from "@/lib/api";
import { formatIsoDate, formatNumber } from "@/lib/format";
import { subTypeLabel } from "@/lib/labels";
import { EvidenceQuote } from "./_components/evidence-quote";

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "ar", namespace: "incident" });
  return { title: `${t("title")} ${id}` };
}

function outletName(locale: Locale, incident: IncidentDetail, id: string | null): string | null {
  if (id === null) return null;
  const outlet = incident.labels.outlets.find((item) => item.id === id);
  return outlet ? nameFor(locale, outlet) : id;
}

export default async function IncidentPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale: Locale = isLocale(raw) ? raw : "ar";
  setRequestLocale(locale);
  const t = await getTranslations("incident");
  const h = await getTranslations("home");
  const e = await getTranslations("event");
  const result = await getIncident(id);
  if (!result.ok) {
    if (result.error.status === 404 || result.error.status === 400) notFound();
    return <ApiNotice problem={result.error} />;
  }
  const incident = result.data;
  const place = incident.labels.place;
  const { min, max } = incident.fatalities;
  const dateRange =
    incident.dateMin && incident.dateMax && incident.dateMin !== incident.dateMax
      ? `${formatIsoDate(locale, incident.dateMin)} – ${formatIsoDate(locale, incident.dateMax)}`
      : incident.dateMin
        ? formatIsoDate(locale, incident.dateMin)
        : "—";

  return (
    <article>
      <p className="muted">
        {t("title")} #{formatNumber(locale, Number(incident.id))}
      </p>
      <h1>
        {subTypeLabel(locale, incident.eventType, incident.subEventType)}
        {place ? (
          <>
            {" — "}
            <BidiName locale={locale} item={place} />
          </>
        ) : null}
      </h1>
      <div className="two-col">
        <div>
          <dl className="facts">
            <dt>{e("type")}</dt>
            <dd>
              <TypeBadge type={incident.eventType} />
            </dd>
            <dt>{e("date")}</dt>
            <dd>{dateRange}</dd>
            <dt>{e("place")}</dt>
            <dd>
              {place ? (
                <>
                  <Link href={`/places/${encodeURIComponent(place.id)}`}>
                    <BidiName locale={locale} item={place} />
                  </Link>
                  {place.admin2 || place.admin1 ? (locale === "ar" ? "، " : ", ") : null}
                  <AdminTrail locale={locale} admin2={place.admin2} admin1={place.admin1} />
                </>
              ) : (
                h("unknownPlace")
              )}
            </dd>
            <dt>{t("actors")}</dt>
            <dd>
              {incident.labels.actors.length === 0
                ? "—"
                : incident.labels.actors.map((actor, i) => (
                    <span key={actor.id}>
                      {i > 0 ? (locale === "ar" ? "، " : ", ") : null}
                      <Link href={`/actors/${encodeURIComponent(actor.id)}`}>
                        <BidiName locale={locale} item={actor} />
                      </Link>
                    </span>
                  ))}
            </dd>
            <dt>{e("fatalities")}</dt>
            <dd>
              {min === null && max === null
                ? "—"
                : min !== null && max !== null && min !== max
                  ? `${formatNumber(locale, min)}–${formatNumber(locale, max)}`
                  : formatNumber(locale, max ?? min ?? 0)}
            </dd>
          </dl>
          {incident.disputed ? <p className="tag">{e("disputed")}</p> : null}
        </div>
        {incident.lat !== null && incident.lon !== null ? (
          <figure>
            <StaticMap
              lat={incident.lat}
              lon={incident.lon}
              label={t("smallMap")}
              type={incident.eventType}
              name={place ? nameFor(locale, place) : undefined}
            />
            <figcaption className="muted">{t("smallMap")}</figcaption>
          </figure>
        ) : null}
      </div>

      <section aria-labelledby="agreement-title">
        <h2 id="agreement-title">{t("agreement")}</h2>
        <p>{t("agree", { count: incident.labels.outlets.length || incident.outlets.length })}</p>
        <h3>{t("disagreements")}</h3>
        {incident.disagreements.length === 0 ? (
          <p>{t("noDisagreement")}</p>
        ) : (
          <ul data-testid="disagreements">
            {incident.disagreements.map((item) => (
              <li key={item.field}>
                <strong>{e.has(item.field) ? e(item.field) : item.field}</strong>:{" "}
                {item.values.map((value, i) => (
                  <span key={String(value.value)}>
                    {i > 0 ? " · " : null}
                    <bdi>{typeof value.value === "number" ? formatNumber(locale, value.value) : String(value.value ?? "—")}</bdi> (
                    {value.outlets.map((outlet) => outletName(locale, incident, outlet)).join(locale === "ar" ? "، " : ", ")})
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="reports-title">
        <h2 id="reports-title">
          {t("reports")} ({formatNumber(locale, incident.reports.length)})
        </h2>
        <ol className="event-list" data-testid="reports">
          {incident.reports.map((report) => (
            <li key={report.event.id} className="event-card" data-outlet={report.outlet ?? ""}>
              <h3>
                {report.article.published
                  ? t("reportOf", {
                      outlet: outletName(locale, incident, report.outlet) ?? t("unknownOutlet"),
                      date: formatIsoDate(locale, report.article.published),
                    })
                  : t("reportBy", { outlet: outletName(locale, incident, report.outlet) ?? t("unknownOutlet") })}
              </h3>
              <p dir="auto">{report.article.title}</p>
              {report.evidence.map((evidence) => (
                <EvidenceQuote key={`${evidence.start}-${evidence.end}`} text={evidence.text} trigger={report.event.trigger.text} />
              ))}
              <p>
                <Link href={`/articles/${encodeURIComponent(report.article.id)}#ev-${encodeURIComponent(report.event.localId)}`}>
                  {t("readArticle")}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
