import { EVENT_TYPES, type EventTypeName } from "@marsad/model";

/**
 * One colour per ACLED event type, on the map, the timeline and the badges. Chosen to stay apart for the common
 * colour-vision deficiencies and to reach 4.5:1 against white text and the light page background.
 */
export const TYPE_COLOURS: Record<EventTypeName, string> = {
  Battles: "#b3261e",
  "Explosions/Remote violence": "#a04a00",
  "Violence against civilians": "#7b2d8e",
  Protests: "#1f5fa8",
  Riots: "#6b5a00",
  "Strategic developments": "#1d6b3a",
};

export const ALL_TYPES: readonly EventTypeName[] = EVENT_TYPES;

export function isEventType(value: string): value is EventTypeName {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

export function typeColour(value: string): string {
  return isEventType(value) ? TYPE_COLOURS[value] : "#555555";
}
