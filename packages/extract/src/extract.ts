import type { Actor, Event, ExtractionResult, ExtractionWarning, Mention } from "@marsad/model";
import { articleId } from "./article-id";
import { cleanText } from "./clean/clean";
import { htmlToText } from "./clean/html";
import { ExtractInputError } from "./errors";
import { buildLexicons, defaultLexicons, type LexiconOptions, type Lexicons } from "./lexicon/index";
import { matchingKey } from "./normalize/matching-key";
import { tokenize } from "./normalize/tokens";
import { buildEvents } from "./events/build";
import { recognizeActors } from "./recognize/actors";
import type { TextContext } from "./recognize/context";
import { bodyDates, bodyQuantities, readBodyDates } from "./recognize/numbers-in-body";
import { findOutlet } from "./recognize/outlet";
import { recognizePersons } from "./recognize/persons";
import { recognizePlaces } from "./recognize/places";
import { publicationDate } from "./recognize/published";
import { recognizeSources } from "./recognize/sources";
import { recognizeWeapons } from "./recognize/weapons";
import { splitSentences } from "./text/sentences";
import { EXTRACTOR_NAME, EXTRACTOR_VERSION } from "./version";

export interface ExtractOptions {
  /** Publication date known from outside the text (feed, crawl record), `YYYY-MM-DD`. */
  published?: string | null;
  format?: "text" | "html";
  /** Largest accepted input in bytes of UTF-8 (default 2 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Paragraphs that open an article: where it says what day "today" is, if it does. */
const OPENING_PARAGRAPHS = 3;

export interface Extractor {
  extract(input: string, options?: ExtractOptions): ExtractionResult;
}

/** An extractor over the built-in lexicons, optionally with a user's gazetteer merged in. */
export function createExtractor(options: LexiconOptions = {}): Extractor {
  const lexicons = options.extraPlaces?.length ? buildLexicons(options) : defaultLexicons();
  return { extract: (input, extractOptions) => extractWith(lexicons, input, extractOptions) };
}

/** Turns one article (plain text or HTML) into structured, sourced event data. Pure and synchronous. */
export function extract(input: string, options: ExtractOptions = {}): ExtractionResult {
  return extractWith(defaultLexicons(), input, options);
}

function extractWith(lexicons: Lexicons, input: string, options: ExtractOptions = {}): ExtractionResult {
  validate(input, options);
  const warnings: ExtractionWarning[] = [];
  const html = options.format === "html" ? htmlToText(input) : null;
  const cleaned = cleanText(html ? html.text : input);
  const captions = [...(html?.captions ?? []), ...cleaned.captions];
  const body = cleaned.body;
  const key = matchingKey(body);
  const tokens = tokenize(key.text);
  const sentences = splitSentences(body, cleaned.paragraphs);
  const hits = lexicons.trie.scan(tokens);
  const hint = options.published ?? null;
  const read = readBodyDates({ key, tokens });
  // "Today" is looked for in the title, then in the first three paragraphs, whose dates the body's reading already has.
  const openingEnd = cleaned.paragraphs[Math.min(OPENING_PARAGRAPHS, cleaned.paragraphs.length) - 1]?.end ?? 0;
  const opening = read.filter((d) => (key.toSource[d.end] ?? Number.POSITIVE_INFINITY) <= openingEnd);
  const published = publicationDate({ datelines: cleaned.datelines, captions, header: cleaned.title, followingDates: opening, hint });
  const ctx: TextContext = { body, key, tokens, paragraphs: cleaned.paragraphs, sentences, hits, lexicons, published: published?.value ?? null };

  if (!/[\u0621-\u064a]/.test(body)) {
    warnings.push({ code: "not_arabic", message: "The text has no Arabic letters: nothing can be extracted from it." });
  }
  const outlet = findOutlet(ctx, cleaned.bylines);
  const places = recognizePlaces(ctx);
  const actors = recognizeActors(ctx);
  const persons = recognizePersons(ctx);
  const weapons = recognizeWeapons(ctx);
  const cited = recognizeSources(ctx, actors);
  // The publishing outlet reporting its own findings (`أفاد مراسل عنب بلدي`) is the outlet, not a cited source.
  const sources = { ...cited, sources: cited.sources.filter((s) => s.id !== outlet?.id) };
  const quantities = bodyQuantities(ctx);
  const dates = bodyDates(ctx, read);
  const id = articleId(body);
  const { events, figures } = buildEvents({
    ctx,
    articleId: id,
    places: { mentions: places.mentions, entries: places.places },
    actors: { mentions: actors.mentions, entries: actors.actors },
    weapons: weapons.mentions,
    dates: dates.spans,
    quantities: quantities.spans,
    sources: { mentions: sources.mentions, entries: sources.sources, attributions: sources.attributions },
    published: ctx.published,
  });
  const actorEntries = withEventActors(actors.actors, events, lexicons);
  const mentions: Mention[] = [
    ...places.mentions,
    ...actors.mentions,
    ...persons.mentions,
    ...weapons.mentions,
    ...sources.mentions,
    ...dates.mentions,
    ...quantities.mentions,
  ].sort((a, b) => a.start - b.start || a.end - b.end);

  return {
    extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION },
    article: {
      id,
      title: cleaned.title,
      outlet,
      published: published?.value ?? null,
      publishedFrom: published?.from ?? null,
      body,
      paragraphs: cleaned.paragraphs,
      sentences,
      removed: cleaned.removed,
      captions,
    },
    mentions,
    places: places.places,
    actors: actorEntries,
    persons: persons.persons,
    sources: sources.sources,
    events,
    figures,
    warnings,
  };
}

/** Every actor an event names is listed, even one the text implies (civilians detained, generic protesters). */
function withEventActors(listed: readonly Actor[], events: readonly Event[], lexicons: Lexicons): Actor[] {
  const actors = [...listed];
  const known = new Set(actors.map((a) => a.id));
  for (const id of events.flatMap((e) => [e.actor1, e.actor2, ...e.assocActors])) {
    if (!id || known.has(id)) continue;
    const entry = lexicons.actors.get(id);
    if (!entry) continue;
    actors.push({ id: entry.id, name: entry.name, nameEn: entry.nameEn, category: entry.category, parent: entry.parent });
    known.add(id);
  }
  return actors;
}

function validate(input: string, options: ExtractOptions): void {
  if (typeof input !== "string" || input.trim() === "") {
    throw new ExtractInputError("empty_input", "The article is empty: give the text or HTML of one article.");
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // UTF-8 needs at most 3 bytes per UTF-16 unit: only measure exactly when the cheap bound is exceeded.
  if (input.length * 3 > maxBytes && Buffer.byteLength(input, "utf8") > maxBytes) {
    throw new ExtractInputError("input_too_large", `The article is larger than ${maxBytes} bytes; split it or raise the limit.`);
  }
  if (options.published != null && !ISO_DATE.test(options.published)) {
    throw new ExtractInputError("invalid_option", `published must be YYYY-MM-DD, got "${options.published}".`);
  }
}
