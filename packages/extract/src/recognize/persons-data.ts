import { z } from "zod";
import cuesFile from "../../data/person-cues.json";
import namesFile from "../../data/person-names.json";
import stopFile from "../../data/person-stopwords.json";
import { loadEntries } from "../lexicon/load";
import { keyOf } from "../normalize/matching-key";

/**
 * Name words (`data/person-cues.json`): a kunya head (`أبو`), a filiation link (`بن`), or a `namesake` noun after which
 * a person's name names a place or body instead (`مسجد خالد بن الوليد`, `كتيبة أبو عمر`).
 */
export const PersonCue = z.object({ form: z.string(), role: z.enum(["kunya", "link", "namesake"]) });

export interface PersonWords {
  /** Given names that start a name without any title (`data/person-names.json`). */
  readonly given: ReadonlySet<string>;
  /** Words that end a name or cannot be part of one (`data/person-stopwords.json`). */
  readonly stop: ReadonlySet<string>;
  readonly kunya: ReadonlySet<string>;
  readonly link: ReadonlySet<string>;
  readonly namesake: ReadonlySet<string>;
}

let cached: PersonWords | undefined;
export function personWords(): PersonWords {
  if (cached) return cached;
  const keys = (file: string, rows: unknown) => new Set(loadEntries(file, z.string().min(1), rows).map(keyOf));
  const byRole = { kunya: new Set<string>(), link: new Set<string>(), namesake: new Set<string>() };
  for (const cue of loadEntries("person-cues.json", PersonCue, cuesFile)) byRole[cue.role].add(keyOf(cue.form));
  cached = { given: keys("person-names.json", namesFile), stop: keys("person-stopwords.json", stopFile), ...byRole };
  return cached;
}
