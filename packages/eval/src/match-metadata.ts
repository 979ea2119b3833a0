import type { ExtractionResult } from "@marsad/model";
import type { GoldFile } from "./gold-schema";
import { anySameName } from "./normalize-name";

export interface FieldOutcome {
  readonly correct: boolean;
  readonly expected: string | null;
  readonly predicted: string | null;
}

export interface MetadataScore {
  readonly title: FieldOutcome;
  readonly outlet: FieldOutcome;
  readonly published: FieldOutcome;
  /** `bodyIncludes` fragments missing from the clean body and `bodyExcludes` chrome left in it. */
  readonly body: { readonly passed: number; readonly total: number; readonly failures: readonly string[] };
}

/** Title, outlet, publication date and clean-up of one article. */
export function matchMetadata(gold: GoldFile, result: ExtractionResult): MetadataScore {
  const { expect } = gold;
  const { article } = result;
  const title = { expected: expect.title.trim(), predicted: article.title.trim() };
  const outletNames = article.outlet ? [article.outlet.name, article.outlet.nameEn] : [];
  const outletCorrect = expect.outlet === null ? article.outlet === null : anySameName(outletNames, expect.outlet);
  // The gold date is what the text itself states: a date taken from the caller's hint is not a finding.
  const foundInText = article.publishedFrom === "hint" ? null : article.published;
  return {
    title: { ...title, correct: title.expected === title.predicted },
    outlet: {
      correct: outletCorrect,
      expected: expect.outlet?.join(" / ") ?? null,
      predicted: article.outlet ? `${article.outlet.name} / ${article.outlet.nameEn}` : null,
    },
    published: { correct: foundInText === expect.published, expected: expect.published, predicted: foundInText },
    body: scoreBody(expect.bodyIncludes, expect.bodyExcludes, article.body),
  };
}

function scoreBody(includes: readonly string[], excludes: readonly string[], body: string): MetadataScore["body"] {
  const folded = foldSpace(body);
  const failures = [
    ...includes.filter((fragment) => !folded.includes(foldSpace(fragment))).map((fragment) => `missing: ${fragment}`),
    ...excludes.filter((fragment) => folded.includes(foldSpace(fragment))).map((fragment) => `left in: ${fragment}`),
  ];
  const total = includes.length + excludes.length;
  return { passed: total - failures.length, total, failures };
}

function foldSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
