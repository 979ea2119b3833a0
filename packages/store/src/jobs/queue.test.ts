import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoreConfig } from "../env";
import { openStore } from "../store";
import { freshDatabase, storeTargets } from "../testing/targets";
import { openQueue } from "./queue";

const PAGE = `<!doctype html><html><head><title>قصف على طفس</title></head><body>
<nav>الرئيسية | أخبار | اتصل بنا</nav>
<article><h1>قصف مدفعي على بلدة طفس في ريف درعا الغربي</h1>
<p>قصفت قوات النظام السوري صباح اليوم بلدة طفس في ريف درعا الغربي بقذائف المدفعية الثقيلة، ما أدى إلى مقتل مدنيين اثنين وإصابة آخرين بجروح، بحسب ما أفاد مراسلون محليون.</p>
<p>وقالت مصادر محلية إن القصف استهدف الأحياء السكنية في البلدة، وتسبب بأضرار مادية كبيرة في المنازل والممتلكات، وسط حالة من التوتر تشهدها المنطقة منذ أيام.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>`;

/** Serves the article, except that the first request is held open forever: the worker that sent it hangs. */
function hangingOnce(): Promise<{ server: Server; url: string; firstRequest: Promise<void> }> {
  let signal: () => void = () => undefined;
  const firstRequest = new Promise<void>((resolve) => {
    signal = resolve;
  });
  let seen = 0;
  const server = createServer((_req, res) => {
    seen++;
    if (seen === 1) {
      signal();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(PAGE);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/article`, firstRequest });
    }),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(await storeTargets())("ingestion queue on $name", (target) => {
  let config: StoreConfig;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    if (target.name === "postgres") {
      const database = await freshDatabase();
      config = { url: database.url };
      cleanup = database.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), "marsad-queue-"));
      config = { dataDir: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(async () => cleanup());

  it("retries the job of a worker killed mid-job, and the article is stored once", async () => {
    const { server, url, firstRequest } = await hangingOnce();
    try {
      let store = await openStore({ ...config, syncLexicons: false });
      let queue = await openQueue(store, { expireInSeconds: 2 });
      await queue.enqueue([{ origin: url, url, format: "html", fetch: true }]);
      await queue.stop();
      if (target.name === "pglite") await store.close(); // one process at a time on a PGlite data directory

      const child = spawn(process.execPath, ["--import", "tsx", join(__dirname, "worker-child.ts")], {
        env: { ...process.env, MARSAD_CHILD_STORE: JSON.stringify(config) },
        stdio: ["ignore", "pipe", "inherit"],
      });
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await firstRequest;
      child.kill("SIGKILL");
      await exited;

      if (target.name === "pglite") store = await openStore({ ...config, syncLexicons: false });
      queue = await openQueue(store, { expireInSeconds: 2 });
      expect(await queue.pending()).toBe(1);
      expect((await store.stats()).articles).toBe(0);
      await sleep(2500); // let the dead worker's job pass its expiry
      await queue.expire();
      const outcomes: string[] = [];
      await queue.work({ pollMs: 100, onItem: (o) => outcomes.push(o.status) });
      expect(outcomes).toEqual(["created"]);
      expect(await queue.pending()).toBe(0);
      const [article] = (await store.listArticles()).items;
      expect(article?.url).toBe(url);
      expect(article?.title).toContain("طفس");
      await queue.stop();
      await store.close();
    } finally {
      server.close();
    }
  });

  it("works several jobs at a time, stores each article once, and reports every item", async () => {
    const store = await openStore({ ...config, syncLexicons: false });
    let running = 0;
    let most = 0;
    // The same store, counting the ingestions under way at once.
    const counting = {
      ...store,
      ingestRaw: async (...args: Parameters<typeof store.ingestRaw>) => {
        most = Math.max(most, ++running);
        try {
          return await store.ingestRaw(...args);
        } finally {
          running--;
        }
      },
    };
    const texts = ["قصف على طفس", "اشتباكات في نوى", "مظاهرة في درعا", "اغتيال في المزيريب", "قصف على طفس"];
    const before = (await store.stats()).articles;
    const queue = await openQueue(counting, { expireInSeconds: 60 });
    try {
      await queue.enqueue(
        texts.map((text, i) => ({ origin: `item-${i}`, raw: `${text}\n\n${text} صباح اليوم.`, format: "text" as const })),
        { jobSize: 1 },
      );
      const outcomes: string[] = [];
      const done = await queue.work({ pollMs: 100, concurrency: 3, onItem: (o) => outcomes.push(`${o.origin} ${o.status}`) });
      expect(done).toEqual({ jobs: 5, items: 5 });
      // item-0 and item-4 are the same article: whichever job finishes first stores it.
      expect(outcomes.filter((o) => o.endsWith("created"))).toHaveLength(4);
      expect(outcomes.filter((o) => o.endsWith("duplicate")).map((o) => o.split(" ")[0])).toEqual([expect.stringMatching(/^item-[04]$/)]);
      expect(most).toBe(3);
      expect((await store.stats()).articles - before).toBe(4);
    } finally {
      await queue.stop();
      await store.close();
    }
  });

  it("stops every job lane once one fails, and rejects only after all have stopped", async () => {
    const store = await openStore({ ...config, syncLexicons: false });
    const queue = await openQueue(store, { expireInSeconds: 60 });
    try {
      const texts = ["قصف على نوى", "اشتباكات في طفس", "مظاهرة في المزيريب", "اغتيال في درعا", "اعتقال في نوى"];
      await queue.enqueue(
        texts.map((text, i) => ({ origin: `failing-${i}`, raw: `${text}\n\n${text} مساء أمس.`, format: "text" as const })),
        { jobSize: 1 },
      );
      let calls = 0;
      const onItem = () => {
        calls++;
        if (calls === 1) throw new Error("the first report fails");
      };
      await expect(queue.work({ pollMs: 50, concurrency: 3, onItem })).rejects.toThrow("the first report fails");
      const atRejection = calls;
      await sleep(500);
      // The two other lanes finish the job they hold, and take no other.
      expect(calls).toBe(atRejection);
      expect(calls).toBeLessThanOrEqual(3);
    } finally {
      await queue.stop();
      await store.close();
    }
  });
});
