/** Incidents per month (YYYY-MM), every month between the first and the last present so gaps show as zero. */
export function countByMonth(dates: readonly (string | null)[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const date of dates) {
    if (!date) continue;
    const month = date.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const out: { month: string; count: number }[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let guard = 0; guard < 600; guard++) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
    if (key === last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}
