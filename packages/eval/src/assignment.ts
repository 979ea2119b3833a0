/**
 * Maximum-weight assignment between rows and columns (Hungarian algorithm, O(n³)).
 * `weights[row][col]` > 0 is an allowed pair; 0 or less forbids it. Returns the chosen pairs.
 * Used so that each gold entry is matched at most once and one greedy choice cannot cost a match.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): Array<[row: number, col: number]> {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : Math.max(...weights.map((row) => row.length));
  if (rows === 0 || cols === 0) return [];
  const n = Math.max(rows, cols);
  const top = Math.max(0, ...weights.flat()) + 1;
  // Minimize (top - weight); forbidden and padding cells cost `top`, the same as leaving a row unmatched.
  const cost = (i: number, j: number): number => {
    const w = weights[i]?.[j] ?? 0;
    return w > 0 ? top - w : top;
  };
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const match = new Array<number>(n + 1).fill(0); // match[col] = row, 1-based
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    match[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = match[j0] ?? 0;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const reduced = cost(i0 - 1, j - 1) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (reduced < (minv[j] ?? Number.POSITIVE_INFINITY)) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if ((minv[j] ?? Number.POSITIVE_INFINITY) < delta) {
          delta = minv[j] ?? Number.POSITIVE_INFINITY;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          const row = match[j] ?? 0;
          u[row] = (u[row] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else {
          minv[j] = (minv[j] ?? 0) - delta;
        }
      }
      j0 = j1;
    } while ((match[j0] ?? 0) !== 0);
    do {
      const j1 = way[j0] ?? 0;
      match[j0] = match[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: Array<[number, number]> = [];
  for (let j = 1; j <= n; j++) {
    const row = (match[j] ?? 0) - 1;
    const col = j - 1;
    if (row >= 0 && row < rows && col < cols && (weights[row]?.[col] ?? 0) > 0) pairs.push([row, col]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
