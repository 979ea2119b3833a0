import { keyOf } from "../normalize/matching-key";

/**
 * Surface forms of a trigger verb or noun, so the lexicon lists lemmas once. Works on matching keys
 * (ة is ه, hamzas are ا). Prefix clitics (و ف ب ل ك) are the matcher's job, not listed here.
 */
const OBJECT_SUFFIXES = ["ه", "ها", "هم", "هما"];

/** Perfect (past) forms: he/she/they/dual, with object pronouns. */
export function pastForms(past: string): string[] {
  const stem = keyOf(past);
  const subjects = [stem, `${stem}ت`, `${stem}وا`, `${stem}ا`, `${stem}تا`, `${stem}ن`];
  const withObjects = [stem, `${stem}ت`, `${stem}و`].flatMap((base) => OBJECT_SUFFIXES.map((suffix) => `${base}${suffix}`));
  return [...subjects, ...withObjects];
}

/** Imperfect (present) forms from the he-form (`يقتحم`): he/she/they/dual, subjunctive plural, with object pronouns. */
export function presentForms(present: string): string[] {
  const key = keyOf(present);
  const stem = key.startsWith("ي") ? key.slice(1) : key;
  const bases = [`ي${stem}`, `ت${stem}`, `ن${stem}`];
  const subjects = bases.flatMap((base) => [base, `${base}ون`, `${base}وا`, `${base}ان`]);
  const withObjects = bases.flatMap((base) => [base, `${base}و`].flatMap((b) => OBJECT_SUFFIXES.map((suffix) => `${b}${suffix}`)));
  return [...subjects, ...withObjects];
}

/** Noun (masdar) forms: bare, definite, indefinite accusative, with possessive pronouns (ة → ت before them). */
export function nounForms(noun: string): string[] {
  const key = keyOf(noun);
  const words = key.split(" ");
  const head = words[0] ?? key;
  const rest = words.slice(1).join(" ");
  const join = (first: string) => (rest ? `${first} ${rest}` : first);
  const linked = head.endsWith("ه") ? `${head.slice(0, -1)}ت` : head;
  const heads = [head, `ال${head}`, ...OBJECT_SUFFIXES.map((suffix) => `${linked}${suffix}`)];
  if (!head.endsWith("ه") && !head.endsWith("ا")) heads.push(`${head}ا`);
  // A multi-word noun phrase takes the article on every word (`الحملة العسكرية`).
  const definite = rest ? [`ال${head} ${words.slice(1).map((w) => (w.startsWith("ال") ? w : `ال${w}`)).join(" ")}`] : [];
  return [...heads.map(join), ...definite];
}
