import type { Tokens } from "../normalize/tokens";
import { DIGITS, type NotACount, type NumberReading } from "./number-words-reading";

/** Separator character between two tokens when they touch through exactly one character. */
export function separator(tokens: Tokens, j: number): string | null {
  const end = tokens.ends[j] ?? 0;
  const next = tokens.starts[j + 1];
  if (next === undefined || next - end !== 1) return null;
  return tokens.text[end] ?? null;
}

export function isDigits(tokens: Tokens, j: number): boolean {
  return DIGITS.test(tokens.texts[j] ?? "");
}

/** Digits, with decimal or thousands separators: `270`, `2.5`, `1,500`; dates, times and codes come back as NotACount. */
export function readDigits(tokens: Tokens, i: number): { value: number; endToken: number } | NotACount {
  const first = tokens.texts[i] ?? "";
  let end = i + 1;
  // Chains like 2018.07.03, 03/07/2018, 11:07, 10-15-20: not a count here (dates and times are found elsewhere).
  let chain = 1;
  let k = i;
  const seps: string[] = [];
  while (isDigits(tokens, k + 1)) {
    const sep = separator(tokens, k);
    if (sep === null || !"./:-, ".includes(sep)) break;
    seps.push(sep);
    chain++;
    k++;
  }
  // Groups of digits apart by spaces (`0933 123 456`, `+963 11 1234567`) are a phone number or a code.
  if (seps.some((s) => s === "/" || s === ":" || s === " ") || (chain >= 3 && !seps.every((s) => s === ","))) {
    return { kind: "not-count", endToken: k + 1 };
  }
  if (first.length > 1 && first[0] === "0" && seps[0] !== ".") return { kind: "not-count", endToken: i + 1 };
  if (first.length > 9) return { kind: "not-count", endToken: i + 1 };
  let value = Number(first);
  if (chain >= 2 && seps.every((s) => s === ",") && tokens.texts.slice(i + 1, k + 1).every((t) => t.length === 3)) {
    value = Number(tokens.texts.slice(i, k + 1).join(""));
    end = k + 1;
  } else if (chain === 2 && (seps[0] === "." || seps[0] === ",")) {
    value = Number(`${first}.${tokens.texts[i + 1] ?? "0"}`);
    end = i + 2;
  } else if (chain === 2 && seps[0] === "-") {
    // A range (`10-15`) is left to the caller: only the first number is read here.
    end = i + 1;
  }
  return { value, endToken: end };
}

/** `10-15` → a range when the second is larger; anything else is not a range. */
export function readRange(tokens: Tokens, i: number, low: number, endToken: number): NumberReading | null {
  if (endToken !== i + 1 || separator(tokens, i) !== "-" || !isDigits(tokens, i + 1)) return null;
  const high = Number(tokens.texts[i + 1]);
  if (!(high > low)) return null;
  return { kind: "digits", firstToken: i, endToken: i + 2, start: tokens.starts[i] ?? 0, min: low, max: high };
}
