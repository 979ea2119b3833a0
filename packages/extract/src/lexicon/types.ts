import { ActorCategory, EventType, PlaceKind, SubEventType, Weapon } from "@marsad/model";
import { z } from "zod";

/** Lexicon entries are parsed with these schemas when loaded, so a mistake in a data file fails loudly. */
export const PlaceEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  kind: PlaceKind,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  admin3: z.string().nullable(),
  parent: z.string().nullable(),
  variants: z.array(z.string()).default([]),
  variantsEn: z.array(z.string()).default([]),
  population: z.number().optional(),
  /** ISO 3166-1 alpha-2 country; absent means Syria. */
  country: z.string().length(2).optional(),
  /** The name is also a common word (`الكتيبة`, `الثورة`): a place only with a trigger word or locative context. */
  commonWord: z.boolean().optional(),
  /** The name is also a person's given name (`جاسم`, `عثمان`): rejected after kinship words, titles, or before a surname. */
  personName: z.boolean().optional(),
  /** For a region that lies in one direction from a place (`ريف درعا الغربي`): that place's id and the direction. */
  anchor: z.string().optional(),
  direction: z.enum(["north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "middle"]).optional(),
  /** Why a fact is approximate or was corrected, for reviewers. */
  note: z.string().optional(),
});
export type PlaceEntry = z.infer<typeof PlaceEntry>;

export const ActorSide = z.enum([
  "regime",
  "iran_axis",
  "russia",
  "opposition",
  "jihadist",
  "islamic_state",
  "kurdish",
  "turkey",
  "israel",
  "coalition",
  "local",
  "civilian",
  "tribal",
  "unknown",
]);
export type ActorSide = z.infer<typeof ActorSide>;

export const ActorEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  category: ActorCategory,
  parent: z.string().nullable(),
  side: ActorSide,
  aliases: z.array(z.string()).default([]),
  aliasesEn: z.array(z.string()).default([]),
  /** A generic reference (`أبناء المنطقة`) that stands for the local actor of the place in focus. */
  generic: z.boolean().optional(),
});
export type ActorEntry = z.infer<typeof ActorEntry>;

export const OutletEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  kind: z.enum(["outlet", "network", "agency", "monitor", "newspaper", "tv"]),
  aliases: z.array(z.string()).default([]),
  aliasesEn: z.array(z.string()).default([]),
});
export type OutletEntry = z.infer<typeof OutletEntry>;

export const WeaponEntry = z.object({ weapon: Weapon, forms: z.array(z.string()).min(1) });
export type WeaponEntry = z.infer<typeof WeaponEntry>;

export const TriggerEntry = z.object({
  id: z.string().min(1),
  forms: z.array(z.string()).min(1),
  eventType: EventType,
  subEventType: SubEventType,
});
export type TriggerEntry = z.infer<typeof TriggerEntry>;

/** What a lexicon hit can be: one form may mean several things (`الوطن`, `صيدا`), recognizers decide. */
export type LexiconValue =
  | { kind: "place"; entry: PlaceEntry }
  | { kind: "actor"; entry: ActorEntry }
  | { kind: "outlet"; entry: OutletEntry }
  | { kind: "weapon"; entry: WeaponEntry }
  | { kind: "title"; role: string }
  | { kind: "trigger"; entry: TriggerEntry }
  | { kind: "cue"; cue: string };
