import { getTranslations } from "next-intl/server";
import { isEventType, typeColour } from "@/lib/taxonomy";

export async function TypeBadge({ type }: { type: string }) {
  const t = await getTranslations("types");
  const label = isEventType(type) ? t(type) : type;
  return (
    <span className="type-badge" style={{ backgroundColor: typeColour(type) }}>
      {label}
    </span>
  );
}
