import { MentionKind } from "@marsad/model";
import { useTranslations } from "next-intl";

export function MentionLegend() {
  const t = useTranslations("mention");
  return (
    <ul className="legend" aria-label={t("legend")}>
      {MentionKind.options.map((kind) => (
        <li key={kind}>
          <span className={`mention ${kind}`}>{t(kind)}</span>
        </li>
      ))}
    </ul>
  );
}
