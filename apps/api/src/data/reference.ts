import { type ActorEntry, defaultLexicons, type OutletEntry, type PlaceEntry } from "@marsad/extract";

/**
 * Places, actors and outlets by id. The store loads the same lexicons into its tables ("so ids agree"), so the
 * API resolves names in memory instead of joining on every event row.
 */
export interface Reference {
  place(id: string | null): PlaceEntry | null;
  actor(id: string | null): ActorEntry | null;
  outlet(id: string | null): OutletEntry | null;
  places(): readonly PlaceEntry[];
  actors(): readonly ActorEntry[];
  outlets(): readonly OutletEntry[];
}

export function referenceFrom(lexicons: {
  places: ReadonlyMap<string, PlaceEntry>;
  actors: ReadonlyMap<string, ActorEntry>;
  outlets: ReadonlyMap<string, OutletEntry>;
}): Reference {
  const placeList = [...lexicons.places.values()];
  const actorList = [...lexicons.actors.values()];
  const outletList = [...lexicons.outlets.values()];
  return {
    place: (id) => (id === null ? null : (lexicons.places.get(id) ?? null)),
    actor: (id) => (id === null ? null : (lexicons.actors.get(id) ?? null)),
    outlet: (id) => (id === null ? null : (lexicons.outlets.get(id) ?? null)),
    places: () => placeList,
    actors: () => actorList,
    outlets: () => outletList,
  };
}

export function defaultReference(): Reference {
  return referenceFrom(defaultLexicons());
}
