import { z } from "zod";

export const MentionKind = z.enum(["place", "actor", "person", "weapon", "source", "date", "quantity"]);
export type MentionKind = z.infer<typeof MentionKind>;

/** A stretch of `article.body` that names something; `body.slice(start, end) === text`. */
export const Mention = z.object({
  kind: MentionKind,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Id of the entry in places/actors/persons/sources, the weapon name, or the ISO date; null when unresolved. */
  ref: z.string().nullable(),
});
export type Mention = z.infer<typeof Mention>;
