import { ACTOR_CATEGORIES, ActorCategory, type DatePrecision, type EventTypeName, type SubEventTypeName } from "@marsad/model";

/** ACLED time_precision: 1 the day is known, 2 the week, 3 the month or less. */
export function timePrecision(precision: DatePrecision): 1 | 2 | 3 {
  if (precision === "day") return 1;
  if (precision === "week") return 2;
  return 3;
}

/** ACLED's disorder_type for an event type and sub-type. */
export function disorderType(type: EventTypeName, subType: SubEventTypeName): string {
  if (type === "Strategic developments") return "Strategic developments";
  if (subType === "Excessive force against protesters") return "Political violence; Demonstrations";
  if (subType === "Mob violence") return "Political violence";
  if (type === "Protests" || type === "Riots") return "Demonstrations";
  return "Political violence";
}

export function interCode(category: string | null): number | "" {
  const parsed = ActorCategory.safeParse(category);
  return parsed.success ? ACTOR_CATEGORIES[parsed.data].inter : "";
}

/** ACLED's interaction: the two inter codes, lower first (`12`), or the one code times ten (`10`) for a sole actor. */
export function interaction(inter1: number | "", inter2: number | ""): number | "" {
  if (inter1 === "" && inter2 === "") return "";
  if (inter1 === "" || inter2 === "") return Number(inter1 === "" ? inter2 : inter1) * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/** ISO 3166-1 numeric code of Syria, ACLED's `iso` column. */
export const SYRIA_ISO = 760;
export const REGION = "Middle East";
export const COUNTRY = "Syria";
