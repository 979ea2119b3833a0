/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document with a header row and CRLF line ends (RFC 4180). Fields that start with `= + - @` would run
 * as formulas in a spreadsheet: a leading apostrophe defuses them (OWASP CSV injection advice).
 */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, string | number>[]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvField(defuse(row[column]))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function defuse(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
