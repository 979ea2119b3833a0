import type { StoredEvent } from "@marsad/store";
import type { Reference } from "./reference";

export interface NamedRef {
  id: string;
  name: string;
  nameEn: string;
}

export interface PlaceLabel extends NamedRef {
  kind: string;
  admin1: NamedRef | null;
  admin2: NamedRef | null;
  admin3: NamedRef | null;
}

export interface ActorLabel extends NamedRef {
  category: string;
}

function named(entry: { id: string; name: string; nameEn: string } | null): NamedRef | null {
  return entry ? { id: entry.id, name: entry.name, nameEn: entry.nameEn } : null;
}

/** An id with its Arabic and English names; an id the lexicons do not know keeps itself as both names. */
export function placeLabel(reference: Reference, id: string | null): PlaceLabel | null {
  if (id === null) return null;
  const place = reference.place(id);
  if (!place) return { id, name: id, nameEn: id, kind: "unknown", admin1: null, admin2: null, admin3: null };
  return {
    id,
    name: place.name,
    nameEn: place.nameEn,
    kind: place.kind,
    admin1: named(reference.place(place.admin1)),
    admin2: named(reference.place(place.admin2)),
    admin3: named(reference.place(place.admin3)),
  };
}

export function actorLabel(reference: Reference, id: string | null): ActorLabel | null {
  if (id === null) return null;
  const actor = reference.actor(id);
  return actor ? { id, name: actor.name, nameEn: actor.nameEn, category: actor.category } : { id, name: id, nameEn: id, category: "unknown" };
}

export function outletLabel(reference: Reference, id: string | null): NamedRef | null {
  if (id === null) return null;
  return named(reference.outlet(id)) ?? { id, name: id, nameEn: id };
}

export interface EventLabels {
  place: PlaceLabel | null;
  actor1: ActorLabel | null;
  actor2: ActorLabel | null;
  assocActors: ActorLabel[];
  outlet: NamedRef | null;
}

/** A stored event as the API sends it: the store's fields (ids) plus the names behind them. */
export type EventItem = StoredEvent & { labels: EventLabels };

export function labelEvent(reference: Reference, event: StoredEvent): EventItem {
  return {
    ...event,
    labels: {
      place: placeLabel(reference, event.place),
      actor1: actorLabel(reference, event.actor1),
      actor2: actorLabel(reference, event.actor2),
      assocActors: event.assocActors.flatMap((id) => actorLabel(reference, id) ?? []),
      outlet: outletLabel(reference, event.outlet),
    },
  };
}
