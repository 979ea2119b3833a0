import type { Span } from "@marsad/model";
import { defaultLexicons } from "../lexicon/index";
import { matchingKey } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import { splitSentences } from "../text/sentences";
import type { TextContext } from "./context";

/** A TextContext for tests: one paragraph per non-empty line, the built-in lexicons. */
export function contextOf(body: string, published: string | null = null): TextContext {
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const line of body.split("\n")) {
    if (line.trim() !== "") paragraphs.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const key = matchingKey(body);
  const tokens = tokenize(key.text);
  const lexicons = defaultLexicons();
  const sentences = splitSentences(body, paragraphs);
  return { body, key, tokens, paragraphs, sentences, hits: lexicons.trie.scan(tokens), lexicons, published };
}
