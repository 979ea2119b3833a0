import type { Span } from "@marsad/model";
import type { Lexicons } from "../lexicon/index";
import type { LexiconHit } from "../lexicon/trie";
import type { LexiconValue } from "../lexicon/types";
import type { NormalizedText } from "../normalize/matching-key";
import type { Tokens } from "../normalize/tokens";

/** Everything recognizers share about one article: its body, one normalization, one token list, one lexicon scan. */
export interface TextContext {
  readonly body: string;
  readonly key: NormalizedText;
  readonly tokens: Tokens;
  /** Offsets into `body`. */
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly hits: readonly LexiconHit<LexiconValue>[];
  readonly lexicons: Lexicons;
  /** The publication date, when known: the anchor for relative dates. */
  readonly published: string | null;
}
