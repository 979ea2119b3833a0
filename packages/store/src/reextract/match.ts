import type { Event } from "@marsad/model";
import type { StoredEvent } from "../queries/event-row";

/** JSON with keys sorted, so two objects built in different key orders compare equal. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const MODEL_FIELDS = [
  "eventType",
  "subEventType",
  "date",
  "place",
  "geoPrecision",
  "actor1",
  "actor2",
  "assocActors",
  "fatalities",
  "injured",
  "captured",
  "displaced",
  "materiel",
  "weapons",
  "background",
  "disputed",
  "disputedBy",
  "attribution",
  "trigger",
  "evidence",
  "origins",
  "confidence",
] as const satisfies ReadonlyArray<keyof Event & keyof StoredEvent>;

/** Every field of the model except the extractor's local id. */
export function modelFields(event: StoredEvent | Event): string {
  return canonical(MODEL_FIELDS.map((field) => event[field]));
}

/** What makes "the same event" across extractor versions even when its details changed. */
function identity(event: StoredEvent | Event): string {
  return canonical([event.eventType, event.place, event.date.value]);
}

export interface EventMatch {
  unchanged: Array<[StoredEvent, Event]>;
  modified: Array<[StoredEvent, Event]>;
  removed: StoredEvent[];
  added: Event[];
}

/** Pairs old and new events: identical first, then same type, place and date (modified); the rest are removed or added. */
export function matchEvents(old: StoredEvent[], fresh: Event[]): EventMatch {
  const left = new Set(old);
  const right = new Set(fresh);
  const unchanged: Array<[StoredEvent, Event]> = [];
  const modified: Array<[StoredEvent, Event]> = [];
  for (const [pairs, key] of [
    [unchanged, modelFields],
    [modified, identity],
  ] as const) {
    for (const before of [...left]) {
      const k = key(before);
      const after = [...right].find((e) => key(e) === k);
      if (!after) continue;
      pairs.push([before, after]);
      left.delete(before);
      right.delete(after);
    }
  }
  return { unchanged, modified, removed: [...left], added: [...right] };
}
