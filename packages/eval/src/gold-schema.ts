import { EventType, IsoDate, SubEventType, Weapon } from "@marsad/model";
import { z } from "zod";

/** The gold annotation of one article, exactly as `seeds/gold/FORMAT.md` describes it. */
const Range = z.object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative().nullable() });
export type GoldRange = z.infer<typeof Range>;

const Named = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) });

export const GoldPlace = Named.extend({
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  required: z.boolean().default(true),
});
export type GoldPlace = z.infer<typeof GoldPlace>;

/** Actors, persons, sources: persons and sources carry no `required` flag and are all required. */
export const GoldEntity = Named.extend({ required: z.boolean().default(true) });
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldEvent = z.object({
  eventType: EventType,
  subEventType: z.array(SubEventType).min(1),
  place: z.array(z.string().min(1)).min(1),
  date: IsoDate.nullable(),
  actor1: z.array(z.string()).nullable(),
  actor2: z.array(z.string()).nullable(),
  fatalities: Range.nullable(),
  captured: Range.nullable(),
  weapons: z.array(Weapon).default([]),
  required: z.boolean().default(true),
  note: z.string().default(""),
});
export type GoldEvent = z.infer<typeof GoldEvent>;

export const GoldFigure = z.object({
  kind: z.enum(["killed", "injured", "captured", "displaced", "arrested", "missing"]),
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().nullable(),
  group: z.string().optional(),
});
export type GoldFigure = z.infer<typeof GoldFigure>;

/** Traps. Unknown rules are rejected, so a new rule cannot pass silently unscored. */
export const GoldForbid = z.discriminatedUnion("rule", [
  z.object({ rule: z.literal("eventFatalitiesAtLeast"), value: z.number().int().nonnegative() }),
]);
export type GoldForbid = z.infer<typeof GoldForbid>;

export const GoldFile = z
  .object({
    article: z.string().min(1),
    hint: z.object({ published: IsoDate.nullable() }),
    expect: z.object({
      title: z.string(),
      outlet: z.array(z.string().min(1)).min(1).nullable(),
      published: IsoDate.nullable(),
      bodyIncludes: z.array(z.string()).default([]),
      bodyExcludes: z.array(z.string()).default([]),
      places: z.array(GoldPlace),
      actors: z.array(GoldEntity),
      persons: z.array(GoldEntity),
      weapons: z.array(Weapon),
      sources: z.array(GoldEntity),
      events: z.array(GoldEvent),
      figures: z.array(GoldFigure).default([]),
      forbid: z.array(GoldForbid).default([]),
    }),
  })
  .superRefine((gold, ctx) => {
    // An event's accepted places must name entries of `places`, or the event could never be matched.
    const placeNames = new Set(gold.expect.places.flatMap((place) => [place.name, ...place.aliases]));
    gold.expect.events.forEach((event, index) => {
      for (const place of event.place) {
        if (!placeNames.has(place)) {
          ctx.addIssue({
            code: "custom",
            path: ["expect", "events", index, "place"],
            message: `"${place}" is not the name or an alias of any entry in expect.places`,
          });
        }
      }
      for (const key of ["fatalities", "captured"] as const) {
        const range = event[key];
        if (range && range.max !== null && range.max < range.min) {
          ctx.addIssue({ code: "custom", path: ["expect", "events", index, key], message: "max is below min" });
        }
      }
    });
  });
export type GoldFile = z.infer<typeof GoldFile>;
