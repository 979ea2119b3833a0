import PgBoss from "pg-boss";
import { z } from "zod";
import { IngestItem } from "../sources/item";
import { type ItemOutcome, processItem } from "../sources/process";
import type { Store } from "../store";

export const INGEST_QUEUE = "marsad-ingest";

/** One durable job: a slice of a batch. Re-running it is safe, since ingestion is idempotent. */
const IngestJob = z.object({ batch: z.string(), items: z.array(IngestItem) });
export type IngestJob = z.infer<typeof IngestJob>;

export interface QueueOptions {
  /** A job still active this long is taken for dead (its worker killed) and retried. Default 600 s. */
  expireInSeconds?: number;
  /** How often expired jobs are looked for. Default 30 s. */
  maintenanceIntervalSeconds?: number;
  /** Attempts after the first. Default 3. */
  retryLimit?: number;
}

export interface WorkOptions {
  /** Return once no job is waiting or running (default), or keep polling until `stop()`. */
  until?: "drained" | "stopped";
  pollMs?: number;
  onItem?: (outcome: ItemOutcome) => void;
  /**
   * Jobs worked at once (default 8), each one's items in order: while one article waits for the database, another
   * is extracted, so the server's cores and this thread work at the same time. 1 takes one job after another.
   */
  concurrency?: number;
}

export interface IngestQueue {
  /** Splits items into jobs of `jobSize` and stores them; returns the batch id. */
  enqueue(items: IngestItem[], options?: { jobSize?: number }): Promise<string>;
  /** Takes jobs (several at once) and ingests their items until drained (or stopped). */
  work(options?: WorkOptions): Promise<{ jobs: number; items: number }>;
  /** Jobs waiting, retrying or running. */
  pending(): Promise<number>;
  /** Looks for jobs whose worker died now rather than at the next maintenance round. */
  expire(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The ingestion queue on pg-boss: in the store's own database, so workers on several machines can share one
 * PostgreSQL backlog. On PGlite the queue runs over the embedded connection (one process at a time).
 */
export async function openQueue(store: Store, options: QueueOptions = {}): Promise<IngestQueue> {
  const boss = new PgBoss({
    ...(store.url ? { connectionString: store.url, max: 4 } : { db: { executeSql: (text: string, values: unknown[]) => store.sql.executeSql(text, values) } }),
    supervise: true,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
  });
  boss.on("error", (error: unknown) => process.stderr.write(`job queue: ${error instanceof Error ? error.message : String(error)}\n`));
  await boss.start();
  const jobOptions = { retryLimit: options.retryLimit ?? 3, expireInSeconds: options.expireInSeconds ?? 600 };
  if (!(await boss.getQueue(INGEST_QUEUE))) await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, ...jobOptions });
  let stopped = false;
  const pending = () => boss.getQueueSize(INGEST_QUEUE, { before: "completed" });

  return {
    async enqueue(items, { jobSize = 25 } = {}) {
      const batch = crypto.randomUUID();
      const jobs: PgBoss.JobInsert[] = [];
      for (let i = 0; i < items.length; i += jobSize) {
        jobs.push({ name: INGEST_QUEUE, data: { batch, items: items.slice(i, i + jobSize) } satisfies IngestJob, ...jobOptions });
      }
      if (jobs.length > 0) await boss.insert(jobs);
      return batch;
    },
    async work({ until = "drained", pollMs = 1000, onItem, concurrency = 8 } = {}) {
      let jobCount = 0;
      let itemCount = 0;
      // The first lane to fail stops the others after their current job, and work() rejects once all have settled:
      // no lane goes on working after the caller was told the work ended.
      const failures: unknown[] = [];
      const lane = async () => {
        while (!stopped && failures.length === 0) {
          const [job] = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: 1 });
          if (!job) {
            if (until === "drained" && (await pending()) === 0) break;
            await new Promise((resolve) => setTimeout(resolve, pollMs));
            continue;
          }
          const parsed = IngestJob.safeParse(job.data);
          if (!parsed.success) {
            await boss.fail(INGEST_QUEUE, job.id, { message: `malformed job: ${parsed.error.issues[0]?.message ?? "invalid"}` });
            continue;
          }
          const outcomes: ItemOutcome[] = [];
          for (const item of parsed.data.items) {
            const outcome = await processItem(store, item);
            outcomes.push(outcome);
            itemCount++;
            onItem?.(outcome);
          }
          await boss.complete(INGEST_QUEUE, job.id, {
            created: outcomes.filter((o) => o.status === "created").length,
            duplicate: outcomes.filter((o) => o.status === "duplicate").length,
            errors: outcomes.filter((o) => o.status === "error"),
          });
          jobCount++;
        }
      };
      const guarded = () => lane().catch((error: unknown) => void failures.push(error));
      await Promise.all(Array.from({ length: Math.max(1, concurrency) }, guarded));
      if (failures.length > 0) throw failures[0];
      return { jobs: jobCount, items: itemCount };
    },
    pending,
    expire: () => boss.expire(),
    async stop() {
      stopped = true;
      await boss.stop({ graceful: false, wait: true });
    },
  };
}
