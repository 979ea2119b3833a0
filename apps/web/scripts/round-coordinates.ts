/** Rounds every number in nested coordinate arrays to `digits` decimals (3 ≈ 100 m), keeping the nesting. */
export function roundCoordinates(value: unknown, digits: number): unknown {
  if (typeof value === "number") return Number(value.toFixed(digits));
  if (Array.isArray(value)) return value.map((item) => roundCoordinates(item, digits));
  return value;
}
