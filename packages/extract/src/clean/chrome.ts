import chrome from "../../data/chrome.json";
import { z } from "zod";
import { loadEntries } from "../lexicon/load";
import { keyOf } from "../normalize/matching-key";
import { lettersAndSpaces } from "./letters";

const ChromeEntry = z.object({ text: z.string(), role: z.enum(["tail", "line", "prefix", "caption", "byline-start", "signoff-start"]) });
type ChromeRole = z.infer<typeof ChromeEntry>["role"];

const byKey = new Map<string, ChromeRole>();
const prefixes: Array<[string, ChromeRole]> = [];
const creditStarts = { "byline-start": [] as string[], "signoff-start": [] as string[] };
for (const entry of loadEntries("chrome.json", ChromeEntry, chrome)) {
  const key = lineKey(entry.text);
  if (entry.role === "byline-start" || entry.role === "signoff-start") {
    creditStarts[entry.role].push(key);
    continue;
  }
  if (entry.role === "prefix" || entry.role === "caption") prefixes.push([key, entry.role]);
  else byKey.set(key, entry.role);
}

/** A line reduced to its words: emoji, counters like `(0)` and punctuation do not change what chrome it is. */
export function lineKey(line: string): string {
  return keyOf(lettersAndSpaces(line));
}

export type ChromeKind = "tail" | "line" | "caption-prefix" | null;

/** What kind of page chrome a line is, if any. */
export function chromeKind(line: string): { kind: ChromeKind; prefixLength: number } {
  // Chrome is short; a caption marker (`camera icon…`) only needs the line's start.
  if (line.length > MAX_CHROME_LENGTH) return captionPrefix(line, startKey(line));
  const key = lineKey(line);
  const role = byKey.get(key);
  if (role === "tail") return { kind: "tail", prefixLength: 0 };
  if (role === "line") return { kind: "line", prefixLength: 0 };
  return prefixOf(line, key);
}

const MAX_CHROME_LENGTH = 60;
/** Longest prefix key: a line's key decides every prefix test once it is longer than this. */
const LONGEST_PREFIX = Math.max(...prefixes.map(([prefix]) => prefix.length));
const SHORT_WINDOW = 24;

/**
 * The key of a long line's first `MAX_CHROME_LENGTH` units, or of a shorter start when that already settles every
 * prefix test: the key of a text's start is a prefix of the key of the text (units map one by one, then spaces
 * collapse), so once it is longer than the longest prefix (and its space), the longer key answers alike.
 */
export function startKey(line: string): string {
  const short = lineKey(line.slice(0, SHORT_WINDOW));
  return short.length > LONGEST_PREFIX + 1 ? short : lineKey(line.slice(0, MAX_CHROME_LENGTH));
}

function captionPrefix(line: string, key: string): { kind: ChromeKind; prefixLength: number } {
  const found = prefixOf(line, key);
  return found.kind === "caption-prefix" ? found : { kind: null, prefixLength: 0 };
}

function prefixOf(line: string, key: string): { kind: ChromeKind; prefixLength: number } {
  for (const [prefix, prefixRole] of prefixes) {
    if (key === prefix || key.startsWith(`${prefix} `) || (prefixRole === "caption" && key.startsWith(prefix))) {
      if (prefixRole === "caption") return { kind: "caption-prefix", prefixLength: rawPrefixLength(line, prefix) };
      return { kind: "line", prefixLength: 0 };
    }
  }
  return { kind: null, prefixLength: 0 };
}

/** Length of the raw text up to the end of a Latin prefix such as `camera icon`. */
function rawPrefixLength(line: string, prefix: string): number {
  const lower = line.toLowerCase();
  const at = lower.indexOf(prefix);
  return at >= 0 && /^[a-z ]+$/.test(prefix) ? at + prefix.length : 0;
}

/** Whether a line reads as a photo caption: a caption marker (`أرشيفية`), or a short credit in parentheses at its end. */
export function looksLikeCaption(line: string): boolean {
  const key = keyOf(line);
  if (/\([^()]{2,60}\)\s*$/.test(key)) return true;
  return prefixes.some(([prefix, role]) => role === "caption" && !/^[a-z ]+$/.test(prefix) && key.includes(prefix));
}

/** Whether a line opens with a credit word: of a byline (`بقلم`, `إعداد`) or of a closing sign-off (`المصدر`). */
export function startsWithCredit(line: string, role: "byline-start" | "signoff-start"): boolean {
  const key = lineKey(line.length > MAX_CHROME_LENGTH ? line.slice(0, MAX_CHROME_LENGTH) : line);
  return creditStarts[role].some((start) => key === start || key.startsWith(`${start} `));
}
