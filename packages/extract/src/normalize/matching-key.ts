import { isWhiteSpace } from "./white-space";

/**
 * The matching key: one normalized form used by every recognizer, with a map back to the source.
 * Diacritics, tatweel and invisible controls are dropped; letter variants are unified
 * (أ إ آ ٱ → ا, ى → ي, ؤ → و, ئ → ي, ة → ه, Persian letters → Arabic); Arabic-Indic and Persian
 * digits become ASCII; punctuation variants collapse; Latin is lower-cased.
 * Never NFD/NFKD: they split hamza letters into letter + combining mark.
 */
export interface NormalizedText {
  readonly text: string;
  /** For each UTF-16 unit of `text`, its offset in the source; one extra entry for the end. */
  readonly toSource: Int32Array;
}

const DROP = 0;
const table = new Int32Array(0x10000).fill(-1);

function setRange(from: number, to: number, value: number): void {
  for (let code = from; code <= to; code++) table[code] = value;
}
function map(chars: string, target: string): void {
  for (const ch of chars) table[ch.charCodeAt(0)] = target.charCodeAt(0);
}

setRange(0x064b, 0x065f, DROP); // harakat, shadda, sukun, hamza marks
table[0x0670] = DROP; // superscript alef
table[0x0640] = DROP; // tatweel
setRange(0x06d6, 0x06ed, DROP); // Quranic annotation marks
setRange(0x200b, 0x200f, DROP); // zero-width and directional marks
setRange(0x202a, 0x202e, DROP); // bidi embeddings and overrides
setRange(0x2066, 0x2069, DROP); // bidi isolates
table[0x061c] = DROP; // Arabic letter mark
table[0xfeff] = DROP; // BOM / zero-width no-break space
table[0x00ad] = DROP; // soft hyphen
// C0 controls other than line breaks and tab carry nothing, and PostgreSQL text cannot hold NUL.
setRange(0x00, 0x08, DROP);
setRange(0x0b, 0x0c, DROP);
setRange(0x0e, 0x1f, DROP);
table[0x7f] = DROP;
map("أإآٱ", "ا");
map("ى", "ي");
map("ؤ", "و");
map("ئ", "ي");
map("ة", "ه");
map("کگ", "ك");
map("پ", "ب");
map("چ", "ج");
map("ڤ", "ف");
map("یې", "ي");
map("ە", "ه");
for (let d = 0; d < 10; d++) {
  table[0x0660 + d] = 0x30 + d;
  table[0x06f0 + d] = 0x30 + d;
}
map("٫", ".");
map("٬،", ",");
map("؛", ";");
map("؟", "?");
map("“”„«»″", '"');
map("‘’‚′`", "'");
map("‐‑‒–—―−", "-");
map("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f", " ");
for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 32;

function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

/** Normalizes one presentation-form character, already key-mapped, to zero or more code units. */
function presentationUnits(code: number): number[] {
  const out: number[] = [];
  for (const ch of String.fromCharCode(code).normalize("NFKC")) {
    const unit = ch.charCodeAt(0);
    const mapped = table[unit] ?? -1;
    if (mapped === DROP) continue;
    if (ch.length === 1 && mapped > 0) out.push(mapped);
    else for (let i = 0; i < ch.length; i++) out.push(ch.charCodeAt(i));
  }
  return out;
}

/**
 * Scratch buffers, grown as needed and reused: the key of every article and line is built in them, so no
 * large typed array is allocated (and collected) per call. Calls never nest, so one pair suffices.
 */
let scratchUnits = new Uint16Array(8192);
let scratchSource = new Int32Array(8192);

/** Writes the key of `source` into the scratch buffers; returns its length. */
function fillScratch(source: string): number {
  const length = source.length;
  // A presentation form expands to at most a few units; the rare text that fills the room gets more.
  if (scratchUnits.length < length * 2 + 1) {
    scratchUnits = new Uint16Array(length * 2 + 1);
    scratchSource = new Int32Array(length * 2 + 1);
  }
  const units = scratchUnits;
  const toSource = scratchSource;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = source.charCodeAt(i);
    const mapped = table[code] ?? -1;
    if (mapped === DROP) continue;
    if (mapped > 0) {
      units[n] = mapped;
      toSource[n++] = i;
    } else if (isPresentationForm(code)) {
      for (const unit of presentationUnits(code)) {
        units[n] = unit;
        toSource[n++] = i;
      }
    } else {
      units[n] = code;
      toSource[n++] = i;
    }
  }
  toSource[n] = length;
  return n;
}

export function matchingKey(source: string): NormalizedText {
  const n = fillScratch(source);
  return { text: decodeUnits(scratchUnits, n), toSource: scratchSource.slice(0, n + 1) };
}

const decoder = new TextDecoder("utf-16le");
function decodeUnits(units: Uint16Array, count: number): string {
  // Lone surrogates survive: TextDecoder would replace them, so only decode when none are present.
  for (let i = 0; i < count; i++) {
    const unit = units[i] ?? 0;
    if (unit >= 0xd800 && unit <= 0xdfff) return slowDecode(units, count);
  }
  return decoder.decode(units.subarray(0, count));
}
function slowDecode(units: Uint16Array, count: number): string {
  let out = "";
  for (let i = 0; i < count; i += 4096) {
    out += String.fromCharCode(...units.subarray(i, Math.min(count, i + 4096)));
  }
  return out;
}

/** The matching key of a lexicon form, with runs of spaces collapsed. */
export function keyOf(form: string): string {
  const text = decodeUnits(scratchUnits, fillScratch(form));
  // Forms and lines rarely hold more than single spaces between words: the regex only runs when they do.
  return hasLooseSpace(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/** Whether `text` has white space other than single spaces between non-spaces (what `keyOf` collapses). */
function hasLooseSpace(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return true;
    } else if (isWhiteSpace(code)) return true;
  }
  return false;
}

/** Maps a `[start, end)` range of the normalized text back to the source. */
export function sourceRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const sourceStart = normalized.toSource[start] ?? 0;
  if (end <= start) return { start: sourceStart, end: sourceStart };
  // Up to the next kept unit, so marks dropped after the last letter (diacritics) stay inside the span;
  // at least one past the last unit, for a presentation form that expanded into several units.
  const next = normalized.toSource[end] ?? sourceStart;
  const afterLast = (normalized.toSource[end - 1] ?? sourceStart) + 1;
  return { start: sourceStart, end: Math.max(next, afterLast) };
}
