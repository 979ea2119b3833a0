import type { EventTypeName, SubEventTypeName, WeaponName } from "@marsad/model";
import type { ActorEntry } from "../lexicon/types";
import type { TriggerRole } from "./trigger-lexicon";

const AIR: ReadonlySet<WeaponName> = new Set(["airstrike", "helicopter", "barrel_bomb", "drone", "cluster_munition"]);
const INDIRECT: ReadonlySet<WeaponName> = new Set(["artillery", "mortar", "rocket_launcher", "surface_to_surface_missile"]);
const DIRECT: ReadonlySet<WeaponName> = new Set(["rpg", "atgm", "small_arms", "heavy_machine_gun", "sniper", "anti_aircraft_gun", "tank", "armored_vehicle"]);
const EXPLOSIVE: ReadonlySet<WeaponName> = new Set(["ied", "landmine", "car_bomb"]);

export interface Classified {
  eventType: EventTypeName;
  subEventType: SubEventTypeName;
}

/**
 * The ACLED type of a trigger in its clause: the lexicon gives a default, the weapons and actors refine it
 * (a targeting with mortars is shelling, with an RPG part of a battle; a takeover by state forces is the
 * government regaining territory). Null when the clause does not say enough to code an event.
 */
export function classify(
  role: TriggerRole,
  base: Classified,
  weapons: readonly WeaponName[],
  actor1: ActorEntry | undefined,
  targetsCivilians: boolean,
  /** Security forces dispersing or suppressing (`فرّقت`, `قمع`) in the same sentence. */
  intervened = false,
): Classified | null {
  switch (role) {
    case "strike":
      if (usesAny(weapons, AIR)) return { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" };
      return base;
    case "target":
      if (usesAny(weapons, AIR)) return { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" };
      if (usesAny(weapons, INDIRECT)) return { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" };
      if (usesAny(weapons, EXPLOSIVE)) return { eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED" };
      // Tanks and machine guns firing at a place are fighting, whoever lives there.
      if (usesAny(weapons, DIRECT)) return { eventType: "Battles", subEventType: "Armed clash" };
      return null;
    case "shoot":
      return targetsCivilians || !actor1 ? { eventType: "Violence against civilians", subEventType: "Attack" } : { eventType: "Battles", subEventType: "Armed clash" };
    case "takeover":
      return actor1?.category === "state_forces"
        ? { eventType: "Battles", subEventType: "Government regains territory" }
        : { eventType: "Battles", subEventType: "Non-state actor overtakes territory" };
    case "protest":
      return intervened ? { eventType: "Protests", subEventType: "Protest with intervention" } : base;
    case "arrest":
      return actor1 && actor1.category !== "state_forces" && actor1.category !== "external_forces"
        ? { eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance" }
        : base;
    default:
      return base;
  }
}

function usesAny(weapons: readonly WeaponName[], set: ReadonlySet<WeaponName>): boolean {
  for (const w of weapons) if (set.has(w)) return true;
  return false;
}

/** When two triggers make one event, the more specific sub-event type names it. */
const SPECIFICITY: Partial<Record<SubEventTypeName, number>> = {
  "Non-state actor overtakes territory": 3,
  "Government regains territory": 3,
  "Suicide bomb": 3,
  "Air/drone strike": 2,
  Agreement: 2,
  "Non-violent transfer of territory": 1,
};

export function moreSpecific(a: SubEventTypeName, b: SubEventTypeName): SubEventTypeName {
  return (SPECIFICITY[b] ?? 0) > (SPECIFICITY[a] ?? 0) ? b : a;
}
