import type { IncidentItem, NamedRef } from "./api";

export interface Related {
  item: NamedRef;
  count: number;
}

/** Actors or places that appear with the given incidents, most frequent first. */
export function relatedOf(items: readonly IncidentItem[], pick: (item: IncidentItem) => readonly NamedRef[], exclude: string): Related[] {
  const counts = new Map<string, Related>();
  for (const incident of items) {
    for (const ref of pick(incident)) {
      if (ref.id === exclude) continue;
      const entry = counts.get(ref.id) ?? { item: { id: ref.id, name: ref.name, nameEn: ref.nameEn }, count: 0 };
      entry.count += 1;
      counts.set(ref.id, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.item.name.localeCompare(b.item.name, "ar"));
}
