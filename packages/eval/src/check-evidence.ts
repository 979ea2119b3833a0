import type { Event } from "@marsad/model";

/** Issue 4 asks that every event carry at least one evidence span containing its trigger. */
export function evidenceHoldsTrigger(event: Event): boolean {
  const { start, end } = event.trigger;
  return event.evidence.some((span) => span.start <= start && end <= span.end);
}
