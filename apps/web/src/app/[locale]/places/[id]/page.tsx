import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTrail } from "@/components/common/admin-trail";
import { ApiNotice } from "@/components/common/api-notice";
import { BidiName, nameFor } from "@/components/common/bidi-name";
import { EntityPage } from "@/components/incidents/entity-page";
import { StaticMap } from "@/components/map/static-map";
import { isLocale, type Locale } from "@/i18n/routing";
import { listIncidents, type PlaceLabel } from "@/lib/api";
import { isPlaceKind } from "@/lib/entity-labels";
import { feedHref } from "@/lib/links";
import { relatedOf } from "@/lib/related";

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "ar", namespace: "place" });
  return { title: `${t("title")} ${decodeURIComponent(id)}` };
}

export default async function PlacePage({ params }: Props) {
  const { locale: raw, id: rawId } = await params;
  const locale: Locale = isLocale(raw) ? raw : "ar";
  const id = decodeURIComponent(rawId);
  setRequestLocale(locale);
  const t = await getTranslations("place");
  const kinds = await getTranslations("placeKind");
  const incidents = await listIncidents({ place: id }, { limit: 1000 });
  if (!incidents.ok) {
    if (incidents.error.status === 400 || incidents.error.status === 404) notFound();
    return <ApiNotice problem={incidents.error} />;
  }
  const items = incidents.data.items;
  // The place as the incidents name it: itself, or the district/governorate that contains their places.
  const labels = items.flatMap((item) => (item.labels.place ? [item.labels.place] : []));
  const own = labels.find((label) => label.id === id);
  const level = labels.flatMap((label) => [label.admin1, label.admin2, label.admin3]).find((ref) => ref?.id === id);
  const place: PlaceLabel | null = own ?? (level ? { ...level, kind: "", admin1: null, admin2: null, admin3: null } : null);
  if (!place && items.length === 0) notFound();
  const point = items.find((item) => item.place === id && item.lat !== null && item.lon !== null);
  const title = place ? <BidiName locale={locale} item={place} /> : <bdi>{id}</bdi>;
  const within = place ? [place.admin2, place.admin1].filter((ref) => ref !== null) : [];
  return (
    <EntityPage
      locale={locale}
      kicker={t("title")}
      title={title}
      facts={
        <dl className="facts">
          {place?.kind ? (
            <>
              <dt>{t("kind")}</dt>
              <dd>{isPlaceKind(place.kind) ? kinds(place.kind) : place.kind}</dd>
            </>
          ) : null}
          {within.length > 0 ? (
            <>
              <dt>{t("within")}</dt>
              <dd>
                <AdminTrail locale={locale} admin2={place?.admin2 ?? null} admin1={place?.admin1 ?? null} />
              </dd>
            </>
          ) : null}
        </dl>
      }
      aside={
        point && point.lat !== null && point.lon !== null ? (
          <StaticMap lat={point.lat} lon={point.lon} label={place ? nameFor(locale, place) : id} name={place ? nameFor(locale, place) : undefined} />
        ) : (
          <p className="muted">{t("noCoordinates")}</p>
        )
      }
      items={items}
      overTime={t("overTime")}
      incidentsTitle={t("incidents")}
      relatedTitle={t("relatedActors")}
      relatedKind="actors"
      feed={feedHref(locale, "atom", { place: id })}
      related={relatedOf(items, (item) => item.labels.actors, id)}
    />
  );
}
