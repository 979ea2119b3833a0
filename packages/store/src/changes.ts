import { asc, gt } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "./db/client";
import { changes } from "./db/schema";

export const ChangeEntity = z.enum(["event", "incident"]);
export type ChangeEntity = z.infer<typeof ChangeEntity>;
export const ChangeKind = z.enum(["created", "updated", "merged", "retracted"]);
export type ChangeKind = z.infer<typeof ChangeKind>;

export interface Change {
  seq: number;
  entity: ChangeEntity;
  id: string;
  kind: ChangeKind;
  /** For `merged`: `{ into }`, the incident that now holds the reports. */
  data: Record<string, unknown> | null;
  at: string;
}

/** Appends to the change feed. Callers hold the incidents lock, so sequence numbers follow commit order. */
export async function recordChange(
  tx: Db,
  entity: ChangeEntity,
  id: number | string,
  kind: ChangeKind,
  data: Record<string, unknown> | null = null,
): Promise<void> {
  await tx.insert(changes).values({ entity, entityId: String(id), kind, data });
}

export async function recordChanges(tx: Db, rows: Array<{ entity: ChangeEntity; id: number | string; kind: ChangeKind }>): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(changes).values(rows.map((r) => ({ entity: r.entity, entityId: String(r.id), kind: r.kind })));
}


/** Changes after sequence number `after`, oldest first. */
export async function listChanges(db: Db, options: { after?: number; limit?: number } = {}): Promise<Change[]> {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 1000);
  const rows = await db
    .select()
    .from(changes)
    .where(gt(changes.seq, options.after ?? 0))
    .orderBy(asc(changes.seq))
    .limit(limit);
  return rows.map((row) => ({
    seq: row.seq,
    entity: ChangeEntity.parse(row.entity),
    id: row.entityId,
    kind: ChangeKind.parse(row.kind),
    data: isRecord(row.data) ? row.data : null,
    at: row.at.toISOString(),
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
