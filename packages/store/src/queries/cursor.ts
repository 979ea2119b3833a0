import { z } from "zod";
import { StoreError } from "../errors";

/** A keyset position: the sort key and id of the last row of a page. Opaque to callers. */
const Position = z.tuple([z.string(), z.number().int()]);
export type Position = z.infer<typeof Position>;

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined | null): Position | null {
  if (!cursor) return null;
  try {
    return Position.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new StoreError("invalid_cursor", "the cursor is not one this store issued; start again without it");
  }
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export function clampLimit(limit: number | undefined): number {
  return Math.min(Math.max(Math.trunc(limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
}

/** Cuts one extra row off a `limit + 1` fetch and turns the last kept row into the next cursor. */
export function pageOf<R, T>(rows: R[], limit: number, position: (row: R) => Position, map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return { items: kept.map(map), nextCursor: more && last !== undefined ? encodeCursor(position(last)) : null };
}
