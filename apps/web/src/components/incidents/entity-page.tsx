import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { MonthlyChart } from "@/components/charts/monthly-chart";
import { BidiName } from "@/components/common/bidi-name";
import { IncidentList } from "@/components/incidents/incident-list";
import { Link } from "@/components/common/locale-link";
import type { Locale } from "@/i18n/routing";
import type { IncidentItem } from "@/lib/api";
import { formatNumber } from "@/lib/format";
import type { Related } from "@/lib/related";

interface Props {
  locale: Locale;
  kicker: string;
  title: ReactNode;
  facts: ReactNode;
  aside?: ReactNode;
  items: readonly IncidentItem[];
  overTime: string;
  incidentsTitle: string;
  relatedTitle: string;
  relatedKind: "places" | "actors";
  related: readonly Related[];
  /** The Atom feed of this place's or actor's incidents. */
  feed: string;
}

/** The shared layout of place and actor pages: facts, incidents over time, related entities, the incidents. */
export async function EntityPage(props: Props) {
  const h = await getTranslations("home");
  const f = await getTranslations("filters");
  const { locale } = props;
  return (
    <article>
      <p className="muted">{props.kicker}</p>
      <h1>{props.title}</h1>
      <p>
        <a href={props.feed}>{f("followFeed")}</a>
      </p>
      <div className="two-col">
        <div>{props.facts}</div>
        {props.aside ? <div>{props.aside}</div> : null}
      </div>
      <div className="two-col">
        <section>
          <h2>{props.overTime}</h2>
          <MonthlyChart dates={props.items.map((item) => item.dateMin)} locale={locale} />
        </section>
        <section>
          <h2>{props.relatedTitle}</h2>
          {props.related.length === 0 ? (
            <p className="muted">—</p>
          ) : (
            <ul>
              {props.related.slice(0, 15).map(({ item, count }) => (
                <li key={item.id}>
                  <Link href={`/${props.relatedKind}/${encodeURIComponent(item.id)}`}>
                    <BidiName locale={locale} item={item} />
                  </Link>{" "}
                  <span className="muted">({formatNumber(locale, count)})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section>
        <h2>
          {props.incidentsTitle} <span className="muted">({h("count", { count: props.items.length })})</span>
        </h2>
        <IncidentList items={props.items} locale={locale} label={props.incidentsTitle} />
      </section>
    </article>
  );
}
