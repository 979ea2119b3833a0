import type { ExtractionResult } from "@marsad/model";
import { useTranslations } from "next-intl";
import { createResolver } from "@/lib/resolver";
import { sentenceAt } from "@/lib/segments";
import { ArticleText } from "./article-text";
import { EventCard } from "./event-card";
import { MentionLegend } from "./mention-legend";

type ViewData = Pick<ExtractionResult, "article" | "mentions" | "events" | "places" | "actors" | "persons" | "sources">;

/** Highlighted text beside its events: the article page and the playground show the same view. */
export function ExtractionView({ result, linkEntities, idPrefix = "" }: { result: ViewData; linkEntities: boolean; idPrefix?: string }) {
  const t = useTranslations("article");
  const e = useTranslations("event");
  const resolver = createResolver(result);
  const { article } = result;
  const evidence = result.events.map((event) => {
    const first = event.evidence[0];
    return first ? sentenceAt(article.sentences, first.start) : null;
  });
  const evidenceSentences = new Set(evidence.filter((index) => index !== null));
  return (
    <div className="article-grid">
      <div>
        <MentionLegend />
        <ArticleText
          body={article.body}
          paragraphs={article.paragraphs}
          sentences={article.sentences}
          mentions={result.mentions}
          resolver={resolver}
          evidenceSentences={evidenceSentences}
          idPrefix={idPrefix}
        />
      </div>
      <section aria-labelledby={`${idPrefix}events-title`}>
        <h2 id={`${idPrefix}events-title`}>{t("events")}</h2>
        {result.events.length === 0 ? <p>{e("noEvents")}</p> : null}
        <ol className="event-list">
          {result.events.map((event, i) => (
            <li key={event.id}>
              <EventCard
                event={event}
                resolver={resolver}
                evidenceSentence={evidence[i] ?? null}
                idPrefix={idPrefix}
                linkEntities={linkEntities}
              />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
