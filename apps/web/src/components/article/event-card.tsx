import type { Count, Event } from "@marsad/model";
import { WEAPONS } from "@marsad/model";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { nameFor } from "@/components/common/bidi-name";
import { Link } from "@/components/common/locale-link";
import { isLocale } from "@/i18n/routing";
import { formatIsoDate, formatPercent } from "@/lib/format";
import { formatCount, subTypeLabel } from "@/lib/labels";
import type { Resolver } from "@/lib/resolver";
import { isEventType, typeColour } from "@/lib/taxonomy";

interface Props {
  event: Event;
  resolver: Resolver;
  /** Sentence holding the event's evidence, linked as `#<idPrefix>s-<n>`. */
  evidenceSentence: number | null;
  idPrefix?: string;
  /** Link places and actors to their pages (off in the playground, where nothing is stored). */
  linkEntities: boolean;
}

/** One extracted event: what, when, where, who, how many, how sure, and a link to the sentence that says so. */
export function EventCard({ event, resolver, evidenceSentence, idPrefix = "", linkEntities }: Props) {
  const t = useTranslations("event");
  const types = useTranslations("types");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : "ar";
  const place = resolver.place(event.place);
  const entity = (kind: "places" | "actors", id: string | null, label: string | undefined): ReactNode => {
    if (id === null) return null;
    const text = <bdi>{label ?? id}</bdi>;
    return linkEntities ? <Link href={`/${kind}/${encodeURIComponent(id)}`}>{text}</Link> : text;
  };
  const actor = (id: string | null) => {
    const found = resolver.actor(id);
    return entity("actors", id, found ? nameFor(locale, found) : undefined);
  };
  const count = (value: Count | null) => (value === null ? null : (formatCount(locale, value) ?? t("vague")));
  const counts = (
    [
      ["fatalities", count(event.fatalities)],
      ["injured", count(event.injured)],
      ["captured", count(event.captured)],
      ["displaced", count(event.displaced)],
    ] as const
  ).filter(([, value]) => value !== null);
  const source = resolver.source(event.disputedBy);
  const attribution = resolver.source(event.attribution);
  return (
    <article
      className="event-card"
      id={`${idPrefix}ev-${event.id}`}
      tabIndex={-1}
      style={{ ["--type-colour" as string]: typeColour(event.eventType) }}
      data-event-id={event.id}
    >
      <h3>
        <span className="type-badge" style={{ backgroundColor: typeColour(event.eventType) }}>
          {isEventType(event.eventType) ? types(event.eventType) : event.eventType}
        </span>{" "}
        {subTypeLabel(locale, event.eventType, event.subEventType)}
      </h3>
      <dl>
        <dt>{t("date")}</dt>
        <dd>
          {event.date.value ? formatIsoDate(locale, event.date.value, event.date.precision) : "—"}{" "}
          <span className="muted">({t("precision", { precision: event.date.precision })})</span>
        </dd>
        <dt>{t("place")}</dt>
        <dd>
          {entity("places", event.place, place ? nameFor(locale, place) : undefined) ?? "—"}{" "}
          {event.place ? <span className="muted">({t("geoPrecision", { value: String(event.geoPrecision) })})</span> : null}
        </dd>
        {event.actor1 ? (
          <>
            <dt>{t("actor1")}</dt>
            <dd>{actor(event.actor1)}</dd>
          </>
        ) : null}
        {event.actor2 ? (
          <>
            <dt>{t("actor2")}</dt>
            <dd>{actor(event.actor2)}</dd>
          </>
        ) : null}
        {event.assocActors.length > 0 ? (
          <>
            <dt>{t("assoc")}</dt>
            <dd>
              {event.assocActors.map((id, i) => (
                <span key={id}>
                  {i > 0 ? "، " : null}
                  {actor(id)}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {counts.map(([key, value]) => (
          <div key={key} style={{ display: "contents" }}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {event.weapons.length > 0 ? (
          <>
            <dt>{t("weapons")}</dt>
            <dd>{event.weapons.map((weapon) => WEAPONS[weapon][locale]).join(locale === "ar" ? "، " : ", ")}</dd>
          </>
        ) : null}
      </dl>
      <p className="muted">
        {t("confidence", { value: formatPercent(locale, event.confidence) })}
        {event.background ? <> · {t("background")}</> : null}
        {event.disputed ? <> · {source ? t("disputedBy", { source: nameFor(locale, source) }) : t("disputed")}</> : null}
        {attribution ? <> · {t("attribution", { source: nameFor(locale, attribution) })}</> : null}
      </p>
      {evidenceSentence !== null ? (
        <a href={`#${idPrefix}s-${evidenceSentence}`} className="evidence-link">
          {t("evidence")}
        </a>
      ) : null}
    </article>
  );
}
