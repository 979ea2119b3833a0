import type { Actor, ExtractionResult, Mention, Person, Place, Source } from "@marsad/model";
import { WEAPONS, type WeaponName } from "@marsad/model";

export type Entities = Pick<ExtractionResult, "places" | "actors" | "persons" | "sources">;

export type Resolved =
  | { kind: "place"; place: Place }
  | { kind: "actor"; actor: Actor }
  | { kind: "person"; person: Person }
  | { kind: "source"; source: Source }
  | { kind: "weapon"; name: { ar: string; en: string } }
  | { kind: "date"; iso: string }
  | { kind: "quantity"; value: string }
  | { kind: "unresolved" };

export interface Resolver {
  place(id: string | null): Place | undefined;
  actor(id: string | null): Actor | undefined;
  source(id: string | null): Source | undefined;
  mention(mention: Mention): Resolved;
}

function isWeapon(ref: string): ref is WeaponName {
  return Object.hasOwn(WEAPONS, ref);
}

/** Looks up what each mention and event argument refers to, from the entity lists that came with the extraction. */
export function createResolver(entities: Entities): Resolver {
  const places = new Map(entities.places.map((item) => [item.id, item]));
  const actors = new Map(entities.actors.map((item) => [item.id, item]));
  const persons = new Map(entities.persons.map((item) => [item.id, item]));
  const sources = new Map(entities.sources.map((item) => [item.id, item]));
  const get = <T>(map: Map<string, T>, id: string | null) => (id === null ? undefined : map.get(id));
  return {
    place: (id) => get(places, id),
    actor: (id) => get(actors, id),
    source: (id) => get(sources, id),
    mention(mention) {
      const ref = mention.ref;
      if (ref === null) return { kind: "unresolved" };
      switch (mention.kind) {
        case "place": {
          const place = places.get(ref);
          return place ? { kind: "place", place } : { kind: "unresolved" };
        }
        case "actor": {
          const actor = actors.get(ref);
          return actor ? { kind: "actor", actor } : { kind: "unresolved" };
        }
        case "person": {
          const person = persons.get(ref);
          return person ? { kind: "person", person } : { kind: "unresolved" };
        }
        case "source": {
          const source = sources.get(ref);
          return source ? { kind: "source", source } : { kind: "unresolved" };
        }
        case "weapon":
          return isWeapon(ref) ? { kind: "weapon", name: WEAPONS[ref] } : { kind: "unresolved" };
        case "date":
          return /^\d{4}-\d{2}-\d{2}$/.test(ref) ? { kind: "date", iso: ref } : { kind: "unresolved" };
        case "quantity":
          return { kind: "quantity", value: ref };
      }
    },
  };
}
