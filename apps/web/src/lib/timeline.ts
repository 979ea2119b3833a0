/** Incidents per day, stacked by type: the timeline's data and its day ↔ position arithmetic. */
export interface DayCount {
  date: string;
  byType: Record<string, number>;
}

const DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Counts incidents per (day, type); incidents without a date are left out. */
export function countByDay(items: readonly { date: string | null; type: string }[]): DayCount[] {
  const days = new Map<string, Record<string, number>>();
  for (const item of items) {
    if (!item.date) continue;
    const counts = days.get(item.date) ?? {};
    counts[item.type] = (counts[item.type] ?? 0) + 1;
    days.set(item.date, counts);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, byType]) => ({ date, byType }));
}

/** The chart's first and last day, padded by one so single-day data still has width. */
export function dayDomain(days: readonly DayCount[]): [number, number] | null {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return null;
  return [dayNumber(first.date) - 1, dayNumber(last.date) + 1];
}
