import actors from "../../data/actors.json";
import outlets from "../../data/outlets.json";
import titles from "../../data/person-titles.json";
import weapons from "../../data/weapons.json";
import { z } from "zod";
import { loadEntries } from "./load";
import { ActorEntry, OutletEntry, WeaponEntry } from "./types";

export const TitleEntry = z.object({ forms: z.array(z.string()).min(1), role: z.string() });
export type TitleEntry = z.infer<typeof TitleEntry>;

export const actorEntries = (): ActorEntry[] => loadEntries("actors.json", ActorEntry, actors);
export const outletEntries = (): OutletEntry[] => loadEntries("outlets.json", OutletEntry, outlets);
export const weaponEntries = (): WeaponEntry[] => loadEntries("weapons.json", WeaponEntry, weapons);
export const titleEntries = (): TitleEntry[] => loadEntries("person-titles.json", TitleEntry, titles);
