import { asc, gt, sql } from "drizzle-orm";
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

interface PendingChange {
  entity: ChangeEntity;
  id: string;
  kind: ChangeKind;
  data: Record<string, unknown> | null;
}

/**
 * The changes one transaction makes, kept in memory and written at its very end under one lock held until commit:
 * sequence numbers then follow commit order, so a reader polling `after=seq` never skips a late-committing row.
 */
export class ChangeLog {
  private readonly pending: PendingChange[] = [];

  add(entity: ChangeEntity, id: number | string, kind: ChangeKind, data: Record<string, unknown> | null = null): void {
    this.pending.push({ entity, id: String(id), kind, data });
  }

  async flush(tx: Db): Promise<void> {
    if (this.pending.length === 0) return;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('marsad:changes'))`);
    await tx.insert(changes).values(this.pending.map((c) => ({ entity: c.entity, entityId: c.id, kind: c.kind, data: c.data })));
    this.pending.length = 0;
  }
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
