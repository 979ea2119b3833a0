import type { Count } from "@marsad/model";
import type { IncidentReport } from "./incidents";

export interface Disagreement {
  field: string;
  values: Array<{ value: string | number | boolean | null; outlets: string[]; events: string[] }>;
}

/** The fields compared across reports of one incident, each read as a plain value. */
const FIELDS: Record<string, (r: IncidentReport) => string | number | boolean | null> = {
  fatalities: (r) => countValue(r.event.fatalities),
  injured: (r) => countValue(r.event.injured),
  captured: (r) => countValue(r.event.captured),
  date: (r) => r.event.date.value,
  place: (r) => r.event.place,
  actor1: (r) => r.event.actor1,
  actor2: (r) => r.event.actor2,
  subEventType: (r) => r.event.subEventType,
  disputed: (r) => r.event.disputed,
};

function countValue(count: Count | null): number | null {
  if (!count) return null;
  return count.count ?? count.max ?? count.min ?? null;
}

/** Where the reports differ, and which outlets side with the most-told value everywhere. */
export function disagreementsOf(reports: IncidentReport[]): { disagreements: Disagreement[]; agreeing: string[] } {
  const disagreements: Disagreement[] = [];
  const dissenting = new Set<string>();
  for (const [field, read] of Object.entries(FIELDS)) {
    const groups = new Map<string, Disagreement["values"][number]>();
    for (const report of reports) {
      const value = read(report);
      // A report that says nothing about a field neither agrees nor disagrees (except a denial, which is a value).
      if (value === null) continue;
      const key = JSON.stringify(value);
      const group = groups.get(key) ?? { value, outlets: [], events: [] };
      if (report.outlet && !group.outlets.includes(report.outlet)) group.outlets.push(report.outlet);
      group.events.push(report.event.id);
      groups.set(key, group);
    }
    if (groups.size < 2) continue;
    const values = [...groups.values()].sort((a, b) => b.events.length - a.events.length);
    disagreements.push({ field, values });
    for (const minority of values.slice(1)) for (const outlet of minority.outlets) dissenting.add(outlet);
  }
  const outlets = [...new Set(reports.map((r) => r.outlet).filter((o): o is string => o !== null))];
  return { disagreements, agreeing: outlets.filter((o) => !dissenting.has(o)) };
}
