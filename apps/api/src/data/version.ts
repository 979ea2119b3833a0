import type { Store } from "@marsad/store";
import type { Logger } from "../logger";

/**
 * A number that moves whenever what the API reads may have changed; the response cache keeps an answer only
 * while the version it was made under is current.
 */
export interface DataVersion {
  current(): number;
  /** A write went through this process: move at once. */
  changed(): void;
  /**
   * Look for changes made elsewhere if the last look is old enough. Callers on the request path do not wait for it
   * (the look runs in the background); the promise is for tests and shutdown.
   */
  refresh(): Promise<void>;
  onChange(listener: () => void): void;
}

/** A version that moves only when told (no database, or tests). */
export function localVersion(): DataVersion & { listeners: number } {
  let version = 0;
  const listeners: Array<() => void> = [];
  return {
    current: () => version,
    changed: () => {
      version += 1;
      for (const listener of listeners) listener();
    },
    refresh: async () => undefined,
    onChange: (listener) => listeners.push(listener),
    get listeners() {
      return listeners.length;
    },
  };
}

export interface ChangeFeedVersionOptions {
  /** At most one look at the change feed per this many milliseconds (looks are made by requests, not a timer). */
  intervalMs?: number;
  logger?: Logger;
  now?: () => number;
}

/**
 * The data version of a store shared with other writers (other API processes, the ingestion CLI, jobs): the change
 * feed's sequence number. Reads look at the feed at most once per `intervalMs`, in the background, so a change made
 * elsewhere reaches this process's cache within about that interval; writes through this process move it at once.
 * There is no timer: an idle process does not query the database.
 */
export function changeFeedVersion(store: Store, { intervalMs = 1000, logger, now = Date.now }: ChangeFeedVersionOptions = {}): DataVersion {
  const local = localVersion();
  let seq: number | null = null;
  let lastLook = Number.NEGATIVE_INFINITY;
  let looking: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  const look = async () => {
    // Where the feed stands when this process first looks: only changes after it move the version.
    seq ??= await store.latestChangeSeq();
    // listChanges also numbers the rows of transactions finished since the last look.
    const changes = await store.listChanges({ after: seq, limit: 1000 });
    const last = changes.at(-1);
    if (last) {
      seq = last.seq;
      local.changed();
    }
  };

  const start = (): Promise<void> => {
    const current = look()
      .catch((error: unknown) => logger?.warn("change feed look failed", { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        if (looking === current) looking = null;
      });
    looking = current;
    return current;
  };

  return {
    current: local.current,
    changed: local.changed,
    onChange: local.onChange,
    refresh: () => {
      const time = now();
      if (time - lastLook < intervalMs) return looking ?? Promise.resolve();
      lastLook = time;
      // A look that began before this call may have missed what the caller knows was written: one more after it.
      if (looking) {
        queued ??= looking.then(() => {
          queued = null;
          return start();
        });
        return queued;
      }
      return start();
    },
  };
}
