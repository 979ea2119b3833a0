import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExtractionView } from "@/components/article/extraction-view";
import { RemovedChrome } from "@/components/article/removed-chrome";
import { ApiNotice } from "@/components/common/api-notice";
import { BidiName } from "@/components/common/bidi-name";
import { isLocale, type Locale } from "@/i18n/routing";
import { getArticle } from "@/lib/api";
import { formatIsoDate } from "@/lib/format";

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const result = await getArticle(id);
  return { title: result.ok ? result.data.result.article.title : id };
}

/** Server-rendered only: the article page ships no JavaScript of its own (hover and focus are CSS). */
export default async function ArticlePage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale: Locale = isLocale(raw) ? raw : "ar";
  setRequestLocale(locale);
  const t = await getTranslations("article");
  const response = await getArticle(id);
  if (!response.ok) {
    if (response.error.status === 404 || response.error.status === 400) notFound();
    return <ApiNotice problem={response.error} />;
  }
  const { result, raw: rawPage, url } = response.data;
  const { article } = result;
  return (
    <article>
      <p className="muted">
        {article.outlet ? (
          <>
            {t("outlet")}: <BidiName locale={locale} item={article.outlet} />
            {" · "}
          </>
        ) : null}
        {article.published ? t("published", { date: formatIsoDate(locale, article.published) }) : null}
        {url ? (
          <>
            {" · "}
            <a href={url} rel="noreferrer nofollow">
              <bdi dir="ltr">{hostnameOf(url)}</bdi>
            </a>
          </>
        ) : null}
      </p>
      <h1 lang="ar" dir="rtl">
        {article.title}
      </h1>
      <ExtractionView result={result} linkEntities />
      {article.captions.length > 0 ? (
        <section>
          <h2>{t("captions")}</h2>
          <ul lang="ar" dir="rtl">
            {article.captions.map((caption) => (
              <li key={caption}>{caption}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <RemovedChrome removed={article.removed} raw={rawPage} />
    </article>
  );
}
