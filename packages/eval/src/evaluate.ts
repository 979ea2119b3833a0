import { extract as defaultExtract, EXTRACTOR_NAME, EXTRACTOR_VERSION } from "@marsad/extract";
import type { ExtractionResult } from "@marsad/model";
import { type GoldCase, loadGoldSet } from "./load-gold";
import { type ArticleReport, scoreArticle } from "./score-article";
import { type Totals, totalsOf } from "./totals";

/** The extractor under evaluation: `extract` of `@marsad/extract` unless a test passes another. */
export type ExtractFn = (text: string, options: { published?: string | null }) => ExtractionResult;

export interface EvaluateOptions {
  readonly goldDir: string;
  readonly articlesDir: string;
  readonly extract?: ExtractFn;
  /** Name and version reported for a custom `extract`. */
  readonly extractor?: { readonly name: string; readonly version: string };
}

export interface EvalReport {
  readonly goldDir: string;
  readonly articlesDir: string;
  readonly extractor: { readonly name: string; readonly version: string };
  readonly totals: Totals;
  readonly articles: readonly ArticleReport[];
}

/**
 * Runs the extractor on every gold article (with the gold's `published` hint) and scores it as
 * `seeds/gold/FORMAT.md` says. Throws `EvalInputError` when the set itself is unusable.
 */
export function evaluate(options: EvaluateOptions): EvalReport {
  const run = options.extract ?? defaultExtract;
  const articles = loadGoldSet(options.goldDir, options.articlesDir).map((goldCase) => scoreCase(goldCase, run));
  return {
    goldDir: options.goldDir,
    articlesDir: options.articlesDir,
    extractor: options.extractor ?? { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION },
    totals: totalsOf(articles),
    articles,
  };
}

function scoreCase({ goldFile, gold, articleText }: GoldCase, run: ExtractFn): ArticleReport {
  try {
    return scoreArticle(goldFile, gold, run(articleText, { published: gold.hint.published }));
  } catch (error) {
    // One article the extractor chokes on must not hide the scores of the others.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return scoreArticle(goldFile, gold, emptyResult(), message);
  }
}

function emptyResult(): ExtractionResult {
  return {
    extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION },
    article: {
      id: "",
      title: "",
      outlet: null,
      published: null,
      publishedFrom: null,
      body: "",
      paragraphs: [],
      sentences: [],
      removed: [],
      captions: [],
    },
    mentions: [],
    places: [],
    actors: [],
    persons: [],
    sources: [],
    events: [],
    figures: [],
    warnings: [],
  };
}
