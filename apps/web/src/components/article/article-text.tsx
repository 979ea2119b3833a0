import type { Mention, Span } from "@marsad/model";
import { useTranslations } from "next-intl";
import type { Resolver } from "@/lib/resolver";
import { segmentArticle } from "@/lib/segments";
import { MentionTip } from "./mention-tip";

interface Props {
  body: string;
  paragraphs: readonly Span[];
  sentences: readonly Span[];
  mentions: readonly Mention[];
  resolver: Resolver;
  /** Sentences that hold an event's evidence, underlined and targeted by the event cards' links. */
  evidenceSentences: ReadonlySet<number>;
  idPrefix?: string;
}

/** The cleaned article with each mention highlighted by kind; hovering or focusing one shows its resolution. */
export function ArticleText({ body, paragraphs, sentences, mentions, resolver, evidenceSentences, idPrefix = "" }: Props) {
  const t = useTranslations("article");
  const segments = segmentArticle(body, paragraphs, sentences, mentions);
  return (
    <section className="article-text" lang="ar" dir="rtl" aria-label={t("textLabel")}>
      {segments.map((paragraph, p) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs never reorder
        <p key={p}>
          {paragraph.sentences.map((sentence, s) => {
            const content = sentence.pieces.map((piece, i) =>
              piece.mention ? (
                <span
                  // biome-ignore lint/suspicious/noArrayIndexKey: pieces never reorder
                  key={i}
                  className={`mention ${piece.mention.kind}`}
                  // biome-ignore lint/a11y/noNoninteractiveTabindex: focus reveals the resolution for keyboard users
                  tabIndex={0}
                  aria-describedby={`${idPrefix}tip-${piece.mentionIndex}`}
                  data-kind={piece.mention.kind}
                >
                  {piece.text}
                  <span className="tip" role="tooltip" id={`${idPrefix}tip-${piece.mentionIndex}`}>
                    <MentionTip resolved={resolver.mention(piece.mention)} />
                  </span>
                </span>
              ) : (
                piece.text
              ),
            );
            if (sentence.index === null) {
              // biome-ignore lint/suspicious/noArrayIndexKey: sentences never reorder
              return <span key={s}>{content}</span>;
            }
            const isEvidence = evidenceSentences.has(sentence.index);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: sentences never reorder
              <span key={s} id={`${idPrefix}s-${sentence.index}`} className={isEvidence ? "sentence evidence" : "sentence"}>
                {content}
              </span>
            );
          })}
        </p>
      ))}
    </section>
  );
}
