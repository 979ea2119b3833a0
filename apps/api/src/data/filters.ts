import type { EventFilter } from "@marsad/store";
import type { Reference } from "./reference";

export interface FilterQuery {
  from?: string | undefined;
  to?: string | undefined;
  place?: string | undefined;
  admin1?: string | undefined;
  bbox?: readonly [number, number, number, number] | undefined;
  actor?: string | undefined;
  type?: EventFilter["eventType"];
  subType?: EventFilter["subEventType"];
  outlet?: string | undefined;
  q?: string | undefined;
  includeBackground?: boolean | undefined;
}

/**
 * The store's filter for the API's query, or null when the query cannot match anything (a place outside the
 * governorate also asked for). The store filters on one place; a governorate contains its places.
 */
export function storeFilter(query: FilterQuery, reference: Reference): EventFilter | null {
  let place = query.place ?? query.admin1;
  if (query.place && query.admin1 && query.place !== query.admin1) {
    const entry = reference.place(query.place);
    if (!entry || entry.admin1 !== query.admin1) return null;
    place = query.place;
  }
  const filter: EventFilter = {};
  if (query.from) filter.from = query.from;
  if (query.to) filter.to = query.to;
  if (place) filter.place = place;
  if (query.bbox) filter.bbox = [...query.bbox];
  if (query.actor) filter.actor = query.actor;
  if (query.type) filter.eventType = query.type;
  if (query.subType) filter.subEventType = query.subType;
  if (query.outlet) filter.outlet = query.outlet;
  if (query.q) filter.q = query.q;
  if (query.includeBackground) filter.includeBackground = true;
  return filter;
}
