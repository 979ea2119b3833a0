import { useLocale, useTranslations } from "next-intl";
import { nameFor } from "@/components/common/bidi-name";
import { isLocale } from "@/i18n/routing";
import { actorCategoryLabel, isPlaceKind } from "@/lib/entity-labels";
import { formatIsoDate } from "@/lib/format";
import type { Resolved } from "@/lib/resolver";

/** The one-line answer to "what did Marsad read here?" shown when a mention is hovered or focused. */
export function MentionTip({ resolved }: { resolved: Resolved }) {
  const t = useTranslations("mention");
  const kinds = useTranslations("placeKind");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : "ar";
  switch (resolved.kind) {
    case "place": {
      const { place } = resolved;
      const within = [place.admin2, place.admin1].filter((part) => part !== null).join("، ");
      return (
        <>
          {t("place")}: <bdi>{nameFor(locale, place)}</bdi> ({isPlaceKind(place.kind) ? kinds(place.kind) : place.kind}){within ? <> — <bdi>{within}</bdi></> : null}
        </>
      );
    }
    case "actor":
      return (
        <>
          {t("actor")}: <bdi>{nameFor(locale, resolved.actor)}</bdi> ({actorCategoryLabel(locale, resolved.actor.category)})
        </>
      );
    case "person":
      return (
        <>
          {t("person")}: <bdi>{nameFor(locale, resolved.person)}</bdi>
          {resolved.person.role ? <> — <bdi>{resolved.person.role}</bdi></> : null}
        </>
      );
    case "source":
      return (
        <>
          {t("source")}: <bdi>{nameFor(locale, resolved.source)}</bdi>
        </>
      );
    case "weapon":
      return (
        <>
          {t("weapon")}: {resolved.name[locale]}
        </>
      );
    case "date":
      return (
        <>
          {t("date")}: {formatIsoDate(locale, resolved.iso)}
        </>
      );
    case "quantity":
      return (
        <>
          {t("quantity")}: <bdi>{resolved.value}</bdi>
        </>
      );
    case "unresolved":
      return <>{t("unresolved")}</>;
  }
}
