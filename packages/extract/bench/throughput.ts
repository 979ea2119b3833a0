// `pnpm bench` for @marsad/extract: throughput (MB/s) and per-article latency (p50/p99) of each layer
// over the seeds repeated to at least 10 MB, on one core; plus lexicon build time and memory.
import { cleanText } from "../src/clean/clean";
import { extract } from "../src/extract";
import { buildLexicons, defaultLexicons } from "../src/lexicon/index";
import { matchingKey } from "../src/normalize/matching-key";
import { tokenize } from "../src/normalize/tokens";
import { splitSentences } from "../src/text/sentences";
import { measure, printFigures, seedCorpus } from "./corpus";

const { articles, bytes } = seedCorpus(10 * 1024 * 1024);
console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB (the 5 seeds repeated)`);

const heapBefore = process.memoryUsage().heapUsed;
const buildStart = process.hrtime.bigint();
const lexicons = buildLexicons();
const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
const heapAfter = process.memoryUsage().heapUsed;
console.log(`lexicons: built in ${buildMs.toFixed(0)} ms, ~${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB of heap (${lexicons.places.size} places, ${lexicons.actors.size} actors, ${lexicons.outlets.size} outlets)`);
defaultLexicons();

function textLayer(article: string) {
  const cleaned = cleanText(article);
  const key = matchingKey(cleaned.body);
  return [tokenize(key.text), splitSentences(cleaned.body, cleaned.paragraphs)];
}

function recognition(article: string) {
  const cleaned = cleanText(article);
  const tokens = tokenize(matchingKey(cleaned.body).text);
  return lexicons.trie.scan(tokens);
}

printFigures([
  measure("text layer (clean, normalize, split)", articles, bytes, textLayer),
  measure("lexicon scan (one pass, all kinds)", articles, bytes, recognition),
  measure("extract() end to end", articles, bytes, (article) => extract(article)),
]);
console.log("goals: text layer ≥ 20 MB/s; recognition ≥ 10 MB/s; extract ≥ 5 MB/s and p99 < 5 ms per 6 KB article");
