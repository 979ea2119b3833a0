import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { parseFeed } from "./feed";
import { FetchError, fetchText } from "./fetch";
import { type Collected, damascusDay, type IngestItem, JsonlRecord } from "./item";
import { readableArticle } from "./readable";

/** A feed entry carrying less text than this is a teaser: the worker fetches the linked page instead. */
const FULL_ENTRY_CHARS = 600;

const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"]);

const isUrl = (target: string) => /^https?:\/\//i.test(target);

/**
 * Turns command-line targets (files, directories, JSON Lines, RSS/Atom feeds, article URLs) into items to ingest.
 * A bad target or line yields an error and collection goes on.
 */
export async function* collectItems(targets: string[]): AsyncGenerator<Collected> {
  for (const target of targets) {
    if (isUrl(target)) yield* fromUrl(target);
    else yield* fromPath(target);
  }
}

async function* fromUrl(url: string): AsyncGenerator<Collected> {
  let fetched: Awaited<ReturnType<typeof fetchText>>;
  try {
    fetched = await fetchText(url);
  } catch (error) {
    yield { ok: false, error: { origin: url, code: "fetch_failed", message: error instanceof FetchError ? error.message : String(error) } };
    return;
  }
  if (looksLikeFeed(fetched.body, fetched.contentType)) {
    yield* fromFeed(fetched.body, url);
    return;
  }
  yield readableItem(fetched.body, fetched.finalUrl, url);
}

/** An article page made into an item with Readability, or the reason it could not be. */
export function readableItem(page: string, url: string, origin: string): Collected {
  const article = readableArticle(page);
  if (!article) return { ok: false, error: { origin, code: "no_article", message: `no article text found at ${url}` } };
  return { ok: true, item: { origin, raw: article.html, format: "html", url, published: damascusDay(article.published) } };
}

async function* fromPath(path: string): AsyncGenerator<Collected> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    yield { ok: false, error: { origin: path, code: "unreadable", message: `cannot read it: ${error instanceof Error ? error.message : String(error)}` } };
    return;
  }
  if (info.isDirectory()) {
    // Inside a directory only article files count: notes, gold annotations and images are passed over quietly.
    const entries = (await readdir(path, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.isDirectory() || ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield* fromPath(join(path, entry.name));
    }
    return;
  }
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (error) {
    yield { ok: false, error: { origin: path, code: "unreadable", message: `cannot read it: ${error instanceof Error ? error.message : String(error)}` } };
    return;
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") yield* fromJsonl(content, path);
  else if (ext === ".xml" || ext === ".rss" || ext === ".atom" || looksLikeFeed(content, "")) yield* fromFeed(content, path);
  else if (ext === ".json") yield { ok: false, error: { origin: path, code: "unsupported", message: `JSON is not an article format; use JSON Lines (.jsonl), one {text|html, url?, published?, outlet?} per line` } };
  else if (content.trim() === "") yield { ok: false, error: { origin: path, code: "unreadable", message: "the file is empty" } };
  else yield { ok: true, item: { origin: path, raw: content, format: ext === ".html" || ext === ".htm" || /<html|<body|<article/i.test(content.slice(0, 2000)) ? "html" : "text" } };
}

function* fromJsonl(content: string, path: string): Generator<Collected> {
  const lines = content.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const origin = `${path}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      yield { ok: false, error: { origin, code: "bad_line", message: "not valid JSON" } };
      continue;
    }
    const record = JsonlRecord.safeParse(json);
    if (!record.success) {
      const issue = record.error.issues[0];
      yield { ok: false, error: { origin, code: "bad_line", message: `${issue?.path.join(".") || "record"}: ${issue?.message ?? "invalid"}` } };
      continue;
    }
    const r = record.data;
    const item: IngestItem = {
      origin,
      raw: r.text ?? r.html ?? "",
      format: r.html !== undefined ? "html" : "text",
      url: r.url ?? null,
      published: damascusDay(r.published),
      outlet: r.outlet ?? null,
    };
    yield { ok: true, item };
  }
}

function* fromFeed(xml: string, origin: string): Generator<Collected> {
  const entries = parseFeed(xml);
  if (!entries) {
    yield { ok: false, error: { origin, code: "bad_feed", message: "not an RSS or Atom feed" } };
    return;
  }
  for (const [index, entry] of entries.entries()) {
    const where = entry.link ?? `${origin}#${index + 1}`;
    const published = damascusDay(entry.published);
    const text = entry.html?.replace(/<[^>]*>/g, "") ?? "";
    if (entry.html && text.length >= FULL_ENTRY_CHARS) {
      const title = entry.title ? `<h1>${entry.title.replace(/</g, "&lt;")}</h1>\n` : "";
      yield { ok: true, item: { origin: where, raw: `${title}${entry.html}`, format: "html", url: entry.link, published } };
    } else if (entry.link && isUrl(entry.link)) {
      yield { ok: true, item: { origin: where, format: "html", url: entry.link, published, fetch: true } };
    } else {
      yield { ok: false, error: { origin: where, code: "no_article", message: "the feed entry has neither full text nor a link" } };
    }
  }
}

function looksLikeFeed(body: string, contentType: string): boolean {
  if (/(rss|atom)\+xml/i.test(contentType)) return true;
  const head = body.slice(0, 1000);
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed)[\s>]/i.test(head);
}
