import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureSeeded } from "./seed";
import type { Store } from "./store";
import { resetStore, storeTargets } from "./testing/targets";

const SEEDS = join(__dirname, "..", "..", "..", "seeds");
const seedCount = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).length;

describe.each(await storeTargets())("seeding on $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
    await resetStore(store);
  });
  afterAll(async () => store.close());

  it("ingests the seed articles on first start, through the real extractor", async () => {
    const outcome = await ensureSeeded(store, SEEDS);
    expect(outcome).toEqual({ seeded: true, articles: seedCount, errors: [] });
    const titles = (await store.listArticles()).items.map((a) => a.title);
    expect(titles).toContain("طفس: النظام يبدأ الاقتحام وسط مقاومة شرسة من المقاتلين المحليين");
  });

  it("does nothing once the store holds articles", async () => {
    expect(await ensureSeeded(store, SEEDS)).toEqual({ seeded: false, articles: 0, errors: [] });
    expect((await store.stats()).articles).toBe(seedCount);
  });
});
