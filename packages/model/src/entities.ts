import { z } from "zod";
import { ActorCategory, PlaceKind } from "./taxonomy";

export const Place = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: PlaceKind,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  admin3: z.string().nullable(),
});
export type Place = z.infer<typeof Place>;

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  category: ActorCategory,
  parent: z.string().nullable(),
});
export type Actor = z.infer<typeof Actor>;

export const Person = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
  role: z.string().optional(),
  affiliation: z.string().optional(),
});
export type Person = z.infer<typeof Person>;

export const Source = z.object({ id: z.string(), name: z.string(), nameEn: z.string() });
export type Source = z.infer<typeof Source>;
