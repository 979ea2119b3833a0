import type { RemovedSpan } from "@marsad/model";
import { useTranslations } from "next-intl";

/** What clean-up dropped from the page (menus, share bars…), hidden until the reader asks for it. */
export function RemovedChrome({ removed, raw }: { removed: readonly RemovedSpan[]; raw: string | null }) {
  const t = useTranslations("article");
  return (
    <details className="card" style={{ marginBlockStart: "1rem" }}>
      <summary>
        {t("removed")} ({removed.length})
      </summary>
      <p className="muted">{t("removedHint")}</p>
      {removed.length === 0 ? <p>{t("removedNone")}</p> : null}
      <ol className="removed-list">
        {removed.map((span) => (
          <li key={`${span.start}-${span.end}`}>
            <code>{span.reason}</code>
            {raw !== null ? (
              <>
                {" "}
                <bdi>{raw.slice(span.start, span.end).slice(0, 400)}</bdi>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
