import { EventType, IsoDate, SubEventType } from "@marsad/model";
import { z } from "zod";

/** Filters shared by event and incident queries. Text search ignores hamza forms, tā' marbūṭa and diacritics. */
export const EventFilter = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** A place id: matches the place and every place inside it (a governorate finds its towns). */
  place: z.string().min(1).optional(),
  /** `[west, south, east, north]` in degrees. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  /** An actor id, in any role. */
  actor: z.string().min(1).optional(),
  eventType: EventType.optional(),
  subEventType: SubEventType.optional(),
  outlet: z.string().min(1).optional(),
  q: z.string().optional(),
  /** Events the article mentions as past context are left out unless asked for. */
  includeBackground: z.boolean().optional(),
  /** Only events of this incident. */
  incident: z.string().regex(/^\d+$/).optional(),
});
export type EventFilter = z.infer<typeof EventFilter>;

export const PageRequest = z.object({
  cursor: z.string().optional(),
  limit: z.number().int().positive().optional(),
});
export type PageRequest = z.infer<typeof PageRequest>;
