/** JSON Lines: one JSON document per line, LF-terminated. */
export function toJsonLines(items: readonly unknown[]): string {
  return items.map((item) => `${JSON.stringify(item)}\n`).join("");
}
