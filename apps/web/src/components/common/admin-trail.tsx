import { getTranslations } from "next-intl/server";
import { Link } from "@/components/common/locale-link";
import type { Locale } from "@/i18n/routing";
import type { NamedRef } from "@/lib/api";
import { nameFor } from "./bidi-name";

/** "Daraa district, Daraa governorate": the levels a place sits in, named by level since names repeat across levels. */
export async function AdminTrail({ locale, admin2, admin1 }: { locale: Locale; admin2: NamedRef | null; admin1: NamedRef | null }) {
  const kinds = await getTranslations("placeKind");
  const levels = [
    admin2 ? { ref: admin2, kind: kinds("district") } : null,
    admin1 ? { ref: admin1, kind: kinds("governorate") } : null,
  ].filter((level) => level !== null);
  return levels.map(({ ref, kind }, i) => (
    <span key={ref.id}>
      {i > 0 ? (locale === "ar" ? "، " : ", ") : null}
      <Link href={`/places/${encodeURIComponent(ref.id)}`}>
        {locale === "ar" ? (
          <>
            {kind} <bdi>{nameFor(locale, ref)}</bdi>
          </>
        ) : (
          <>
            <bdi>{nameFor(locale, ref)}</bdi> {kind}
          </>
        )}
      </Link>
    </span>
  ));
}
