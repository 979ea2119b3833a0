import { asc, gt, max, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "./db/client";
import { changeLog } from "./db/schema";

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

export interface PendingChange {
  entity: ChangeEntity;
  id: string;
  kind: ChangeKind;
  data: Record<string, unknown> | null;
}

/** The changes one transaction makes, written together just before it commits. */
export class ChangeLog {
  private readonly pending: PendingChange[] = [];

  add(entity: ChangeEntity, id: number | string, kind: ChangeKind, data: Record<string, unknown> | null = null): void {
    this.pending.push({ entity, id: String(id), kind, data });
  }

  /** Hands the pending changes over to a writer that stores them itself (marsad_file_events), in order. */
  drain(): PendingChange[] {
    return this.pending.splice(0, this.pending.length);
  }

  async flush(tx: Db): Promise<void> {
    if (this.pending.length === 0) return;
    await tx.insert(changeLog).values(this.pending.map((c) => ({ entity: c.entity, entityId: c.id, kind: c.kind, data: c.data })));
    this.pending.length = 0;
  }
}

/**
 * Numbers the rows of every finished transaction (xid below the oldest running one) in one go. A transaction
 * still running when this runs gets its numbers on a later call, above all numbers given now: sequence numbers
 * follow publication order, and writers never wait for each other to commit.
 */
export async function sequenceChanges(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('marsad:change-seq'))`);
    await tx.execute(sql`
      update change_log c set seq = s.n
      from (
        select o.id, nextval('change_log_seq') as n
        from (
          select id from change_log
          where seq is null and xid < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint
          order by id
        ) o
      ) s
      where c.id = s.id`);
  });
}

/** The highest sequence number given so far (0 for an empty feed): where a new follower of the feed starts. */
export async function latestChangeSeq(db: Db): Promise<number> {
  const [row] = await db.select({ seq: max(changeLog.seq) }).from(changeLog);
  return Number(row?.seq ?? 0);
}

/** Changes after sequence number `after`, oldest first. */
export async function listChanges(db: Db, options: { after?: number; limit?: number } = {}): Promise<Change[]> {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 1000);
  await sequenceChanges(db);
  const rows = await db
    .select()
    .from(changeLog)
    .where(gt(changeLog.seq, options.after ?? 0))
    .orderBy(asc(changeLog.seq))
    .limit(limit);
  return rows.flatMap((row) =>
    row.seq === null
      ? []
      : [
          {
            seq: row.seq,
            entity: ChangeEntity.parse(row.entity),
            id: row.entityId,
            kind: ChangeKind.parse(row.kind),
            data: isRecord(row.data) ? row.data : null,
            at: row.at.toISOString(),
          },
        ],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
