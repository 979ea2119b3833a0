import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApiNotice } from "@/components/common/api-notice";
import { BidiName } from "@/components/common/bidi-name";
import { EntityPage } from "@/components/incidents/entity-page";
import { isLocale, type Locale } from "@/i18n/routing";
import { listIncidents } from "@/lib/api";
import { actorCategoryLabel } from "@/lib/entity-labels";
import { feedHref } from "@/lib/links";
import { relatedOf } from "@/lib/related";

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "ar", namespace: "actor" });
  return { title: `${t("title")} ${decodeURIComponent(id)}` };
}

export default async function ActorPage({ params }: Props) {
  const { locale: raw, id: rawId } = await params;
  const locale: Locale = isLocale(raw) ? raw : "ar";
  const id = decodeURIComponent(rawId);
  setRequestLocale(locale);
  const t = await getTranslations("actor");
  const incidents = await listIncidents({ actor: id }, { limit: 1000 });
  if (!incidents.ok) {
    if (incidents.error.status === 400 || incidents.error.status === 404) notFound();
    return <ApiNotice problem={incidents.error} />;
  }
  const items = incidents.data.items;
  const actor = items.flatMap((item) => item.labels.actors).find((label) => label.id === id);
  if (!actor && items.length === 0) notFound();
  return (
    <EntityPage
      locale={locale}
      kicker={t("title")}
      title={actor ? <BidiName locale={locale} item={actor} /> : <bdi>{id}</bdi>}
      facts={
        actor ? (
          <dl className="facts">
            <dt>{t("category")}</dt>
            <dd>{actorCategoryLabel(locale, actor.category)}</dd>
          </dl>
        ) : null
      }
      items={items}
      overTime={t("overTime")}
      incidentsTitle={t("incidents")}
      relatedTitle={t("relatedPlaces")}
      relatedKind="places"
      feed={feedHref(locale, "atom", { actor: id })}
      related={relatedOf(items, (item) => (item.labels.place ? [item.labels.place] : []), id)}
    />
  );
}
