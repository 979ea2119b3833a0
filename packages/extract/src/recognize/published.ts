import { findPublicationDate, type PublicationLines } from "./date-publication";

export interface PublicationDate {
  value: string;
  from: "text" | "hint";
}

/** The publication date the article states (dateline, "today" with its date, a dated caption), else the caller's hint. */
export function publicationDate(input: PublicationLines & { hint: string | null }): PublicationDate | null {
  const stated = findPublicationDate(input);
  if (stated) return { value: stated.value, from: "text" };
  return input.hint ? { value: input.hint, from: "hint" } : null;
}
