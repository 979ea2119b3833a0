// `pnpm bench` for @marsad/extract: throughput (MB/s) and per-article latency (p50/p99) of each layer
// over the seeds repeated to at least 10 MB, on one core; plus lexicon build time and memory.
import { cleanText } from "../src/clean/clean";
import { extract } from "../src/extract";
import { buildLexicons, defaultLexicons } from "../src/lexicon/index";
import { matchingKey } from "../src/normalize/matching-key";
import { tokenize } from "../src/normalize/tokens";
import { recognizeActors } from "../src/recognize/actors";
import type { TextContext } from "../src/recognize/context";
import { bodyDates, bodyQuantities } from "../src/recognize/numbers-in-body";
import { recognizePersons } from "../src/recognize/persons";
import { recognizePlaces } from "../src/recognize/places";
import { recognizeSources } from "../src/recognize/sources";
import { recognizeWeapons } from "../src/recognize/weapons";
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

function lexiconScan(article: string) {
  const cleaned = cleanText(article);
  const tokens = tokenize(matchingKey(cleaned.body).text);
  return lexicons.trie.scan(tokens);
}

/** Everything but the event layer: the text layer, the scan and every recognizer. */
function recognition(article: string) {
  const cleaned = cleanText(article);
  const key = matchingKey(cleaned.body);
  const tokens = tokenize(key.text);
  const ctx: TextContext = {
    body: cleaned.body,
    key,
    tokens,
    paragraphs: cleaned.paragraphs,
    sentences: splitSentences(cleaned.body, cleaned.paragraphs),
    hits: lexicons.trie.scan(tokens),
    lexicons,
    published: "2021-07-29",
  };
  const actors = recognizeActors(ctx);
  return [recognizePlaces(ctx), actors, recognizePersons(ctx), recognizeWeapons(ctx), recognizeSources(ctx, actors), bodyDates(ctx), bodyQuantities(ctx)];
}

printFigures([
  measure("text layer (clean, normalize, split)", articles, bytes, textLayer),
  measure("lexicon scan (one pass, all kinds)", articles, bytes, lexiconScan),
  measure("recognition (all recognizers)", articles, bytes, recognition),
  measure("extract() end to end", articles, bytes, (article) => extract(article)),
]);
console.log("goals: text layer ≥ 20 MB/s; recognition ≥ 10 MB/s; extract ≥ 5 MB/s and p99 < 5 ms per 6 KB article");
