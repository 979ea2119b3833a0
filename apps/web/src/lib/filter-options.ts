import type { IncidentItem, NamedRef } from "./api";

export interface PlaceGroup {
  admin1: NamedRef;
  places: NamedRef[];
}

export interface FilterOptions {
  governorates: NamedRef[];
  /** Districts and towns grouped by governorate, for the place filter's admin levels. */
  placeGroups: PlaceGroup[];
  actors: NamedRef[];
  outlets: NamedRef[];
}

function byName(a: NamedRef, b: NamedRef): number {
  return a.name.localeCompare(b.name, "ar");
}

/** The choices of the filter form, taken from the incidents themselves so no option leads to an empty map. */
export function filterOptions(items: readonly IncidentItem[]): FilterOptions {
  const governorates = new Map<string, NamedRef>();
  const groups = new Map<string, Map<string, NamedRef>>();
  const actors = new Map<string, NamedRef>();
  const outlets = new Map<string, NamedRef>();
  for (const item of items) {
    const place = item.labels.place;
    if (place) {
      const admin1 = place.admin1 ?? { id: place.id, name: place.name, nameEn: place.nameEn };
      governorates.set(admin1.id, admin1);
      const group = groups.get(admin1.id) ?? new Map<string, NamedRef>();
      for (const level of [place.admin2, place.admin3, place]) {
        if (level && level.id !== admin1.id) group.set(level.id, { id: level.id, name: level.name, nameEn: level.nameEn });
      }
      groups.set(admin1.id, group);
    }
    for (const actor of item.labels.actors) actors.set(actor.id, { id: actor.id, name: actor.name, nameEn: actor.nameEn });
    for (const outlet of item.labels.outlets) outlets.set(outlet.id, outlet);
  }
  const sortedGovernorates = [...governorates.values()].sort(byName);
  return {
    governorates: sortedGovernorates,
    placeGroups: sortedGovernorates.map((admin1) => ({ admin1, places: [...(groups.get(admin1.id)?.values() ?? [])].sort(byName) })),
    actors: [...actors.values()].sort(byName),
    outlets: [...outlets.values()].sort(byName),
  };
}
