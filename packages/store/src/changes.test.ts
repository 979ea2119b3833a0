import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "./store";
import { LEXICONS, makeResult, rawOf } from "./testing/fixtures";
import { resetStore, storeTargets } from "./testing/targets";

const CLASH = { date: "2021-07-29", place: "tafas", actor1: "regime-forces" };

describe.each(await storeTargets())("change feed on $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
  });
  beforeEach(async () => {
    await resetStore(store);
    await store.syncLexicons(LEXICONS);
  });
  afterAll(async () => store.close());

  async function ingest(body: string): Promise<void> {
    const result = makeResult({ body, outlet: "enab", published: "2021-07-29", events: [CLASH] });
    await store.ingest({ result, raw: rawOf(result), format: "text" });
  }

  it("numbers changes in increasing order and pages after a sequence number", async () => {
    await ingest("قصف على طفس");
    const first = await store.listChanges();
    await ingest("اشتباكات في طفس");
    const next = await store.listChanges({ after: first.at(-1)?.seq });
    expect(next.map((c) => `${c.entity}:${c.kind}`)).toEqual(["event:created", "incident:updated"]);
    const all = await store.listChanges();
    expect(all.map((c) => c.seq)).toEqual([...all.map((c) => c.seq)].sort((a, b) => a - b));
    expect(all).toHaveLength(first.length + next.length);
  });

  it("tells where the feed stands, so a new follower sees only later changes", async () => {
    expect(await store.latestChangeSeq()).toBe(0);
    await ingest("قصف على طفس");
    const seen = await store.listChanges();
    const latest = await store.latestChangeSeq();
    expect(latest).toBe(seen.at(-1)?.seq);
    await ingest("اشتباكات في طفس");
    const later = await store.listChanges({ after: latest });
    expect(later.map((c) => `${c.entity}:${c.kind}`)).toEqual(["event:created", "incident:updated"]);
  });

  // Needs a second connection holding a transaction open, which one embedded PGlite connection cannot have.
  it.runIf(target.name === "postgres")("holds back numbers while an older transaction runs, so a poller never skips a late commit", async () => {
    if (!store.url) throw new Error("expected a PostgreSQL store");
    const other = new pg.Client({ connectionString: store.url });
    await other.connect();
    try {
      await other.query("begin");
      await other.query("insert into change_log (entity, entity_id, kind) values ('event', 'late', 'created')");
      await ingest("قصف على طفس");
      const during = await store.listChanges();
      expect(during).toEqual([]);
      await other.query("commit");
      const after = await store.listChanges();
      expect(after.map((c) => c.id)).toContain("late");
      expect(after[0]?.id).toBe("late");
    } finally {
      await other.end();
    }
  });
});
