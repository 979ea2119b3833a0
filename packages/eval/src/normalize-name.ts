import { keyOf } from "@marsad/extract";

/**
 * Name equality as `seeds/gold/FORMAT.md` defines it: the matching key of `@marsad/extract`
 * (diacritics, tatweel, letter variants, digits, Latin case, white space), then a leading clitic
 * (و ف ب ل ك) and the article ال are not part of the name.
 *
 * A clitic letter cannot be told from a name's own first letter (`بصرى`, `كفر`), so a name has a
 * few *readings* — as written, without a leading ال (with or without a clitic before it: `وال`, `بال`,
 * `لل`), and without one leading clitic letter — and two names are equal when their readings meet.
 * Only the first word is stripped: the rest of a multi-word name is the name.
 */
export function nameReadings(name: string): string[] {
  const key = foldLatin(keyOf(name));
  if (key === "") return [];
  const [first = "", ...rest] = key.split(" ");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  const readings = new Set([key]);
  const withoutArticle = stripArticle(first);
  if (withoutArticle !== null) readings.add(withoutArticle + tail);
  const withoutClitic = stripClitic(first);
  if (withoutClitic !== null) readings.add(withoutClitic + tail);
  return [...readings];
}

/** True when two names are the same name under the FORMAT.md rules. */
export function sameName(a: string, b: string): boolean {
  const readingsOfB = new Set(nameReadings(b));
  return nameReadings(a).some((reading) => readingsOfB.has(reading));
}

/** True when any of `candidates` is the same name as any of `accepted`. */
export function anySameName(candidates: readonly string[], accepted: readonly string[]): boolean {
  const acceptedReadings = new Set(accepted.flatMap(nameReadings));
  return candidates.some((candidate) => nameReadings(candidate).some((reading) => acceptedReadings.has(reading)));
}

const CLITICS = new Set(["و", "ف", "ب", "ل", "ك"]);
/** Shortest stem left after stripping, so one- and two-letter words are not emptied into noise. */
const MIN_STEM = 2;

/** `الشجره` → `شجره`, `والشجره` / `بالشجره` → `شجره`, `للاذقيه` → `لاذقيه`. */
function stripArticle(word: string): string | null {
  let rest = word;
  if (rest.startsWith("لل") && rest.length - 2 >= MIN_STEM) return rest.slice(2);
  if (CLITICS.has(rest.charAt(0)) && rest.startsWith("ال", 1)) rest = rest.slice(1);
  if (rest.startsWith("ال") && rest.length - 2 >= MIN_STEM) return rest.slice(2);
  return null;
}

/** `وطفس` → `طفس`. */
function stripClitic(word: string): string | null {
  if (!CLITICS.has(word.charAt(0)) || word.length - 1 < MIN_STEM) return null;
  return word.slice(1);
}

/**
 * Case and accents of Latin names (`Ḥawrān` = `hawran`). Safe to decompose here: the matching key has
 * already replaced every Arabic letter that NFD would split (أ إ آ ؤ ئ).
 */
function foldLatin(key: string): string {
  return key.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
