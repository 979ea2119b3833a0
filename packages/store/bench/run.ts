// The store benchmark: `pnpm --filter @marsad/store bench`. Needs the PostgreSQL server (DATABASE_URL or
// 127.0.0.1:5432); uses throw-away databases and a temporary PGlite directory. Not part of the tests.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultLexicons } from "@marsad/extract";
import pg from "pg";
import type { EventFilter } from "../src/index";
import { openStore } from "../src/index";
import { placeScopeOf } from "../src/known";
import { eventsQuery } from "../src/queries/events";
import { adminUrl, freshDatabase } from "../src/testing/targets";
import { processCpu, serverCpu } from "./cpu";
import { ExtractPool, extractAll, ingestAll, pipelineAll, storeAll } from "./ingest";
import { generateEvents } from "./million";
import { random } from "./variants";
import { summary } from "./stats";
import { variants } from "./variants";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
/** Extraction threads of the pipelined run (the main thread stores). */
const THREADS = Number(process.env.BENCH_THREADS ?? 1);
/** Articles of the run with extraction on worker threads, after the end-to-end run. */
const SLICE = Number(process.env.BENCH_SLICE ?? 1000);
const SEEDS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "seeds");
const only = process.argv[2];

const say = (text: string) => process.stdout.write(`${text}\n`);
const rate = (n: number, s: number) => `${(n / s).toFixed(1)}/s`;

async function ingestionBench(): Promise<void> {
  defaultLexicons();
  const items = [...variants(SEEDS, ARTICLES)];
  say(`\n## Ingestion: ${items.length} generated variants of the seed articles, ${CONCURRENCY} in flight`);
  const extractStart = processCpu();
  const { extracted, seconds: extractSeconds, events } = extractAll(items);
  const extractCpu = processCpu() - extractStart;
  say(`extraction alone: ${rate(items.length, extractSeconds)} articles (${events} events, ${extractSeconds.toFixed(1)} s)`);

  const databases: Array<{ url: string; drop: () => Promise<void> }> = [];
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-"));
  /** An empty store of the target: every measured run starts from one, as a new deployment does. */
  const emptyStore = async (name: string, run: string) => {
    if (name === "PGlite") return openStore({ dataDir: join(dir, run) });
    const database = await freshDatabase();
    databases.push(database);
    return openStore({ url: database.url });
  };
  const perArticle = (seconds: number, n: number) => `${((seconds * 1000) / n).toFixed(2)} ms`;
  try {
    // BENCH_TARGETS=postgres (or pglite) measures one database only.
    const wanted = (process.env.BENCH_TARGETS ?? "postgres,pglite").toLowerCase().split(",");
    for (const name of ["PostgreSQL", "PGlite"].filter((name) => wanted.some((w) => name.toLowerCase().startsWith(w.trim())))) {
      // Storing alone: the results extracted above, so the database's share is seen apart from extraction's.
      const store = await emptyStore(name, "stored");
      const server = store.url ? await serverCpu(store.url) : null;
      const cpuBefore = processCpu();
      // The rate per thousand shows whether storing slows down as the tables grow.
      let last = { done: 0, seconds: 0 };
      const stored = await storeAll(store, extracted, CONCURRENCY, (done, seconds) => {
        say(`  ${done}: ${rate(done - last.done, seconds - last.seconds)} over the last ${done - last.done} (load average ${loadavg()[0]?.toFixed(1)})`);
        last = { done, seconds };
      });
      const nodeCpu = processCpu() - cpuBefore;
      const serverSeconds = server ? await server() : 0;
      say(`${name}: storing alone ${rate(stored.created, stored.seconds)} articles (${stored.created} created, ${stored.duplicate} duplicates, ${stored.seconds.toFixed(1)} s)`);
      say(
        `${name}: CPU per stored article: node ${perArticle(nodeCpu, items.length)}${server ? `, server backends ${perArticle(serverSeconds, items.length)}` : " (the database runs in this process)"}; extraction ${perArticle(extractCpu, items.length)}`,
      );
      const stats = await store.stats();
      say(`${name}: ${stats.articles} articles, ${stats.events} events, ${stats.incidents} incidents stored`);
      await store.close();

      // Extraction included, measured: each article extracted, then stored, on one thread, several in flight (as a
      // queue worker of `marsad ingest` or `marsad worker` works several jobs), into another empty store.
      const live = await emptyStore(name, "live");
      const liveServer = live.url ? await serverCpu(live.url) : null;
      const liveCpuBefore = processCpu();
      const ingested = await ingestAll(live, items, CONCURRENCY);
      const liveCpu = processCpu() - liveCpuBefore;
      const liveServerSeconds = liveServer ? await liveServer() : 0;
      say(
        `${name}: extraction included (extract + store on one thread, ${ingested.created} articles into an empty store): ${rate(ingested.created, ingested.seconds)} articles (CPU per article: node ${perArticle(liveCpu, items.length)}${liveServer ? `, server ${perArticle(liveServerSeconds, items.length)}` : ""})`,
      );
      // Extraction on worker threads while this thread stores, on a slice more.
      const more = [...variants(SEEDS, ARTICLES + SLICE)].slice(ARTICLES);
      const pool = await ExtractPool.start(THREADS);
      const server2 = live.url ? await serverCpu(live.url) : null;
      const cpu2 = processCpu();
      const piped = await pipelineAll(live, pool, more, CONCURRENCY);
      const pipedCpu = processCpu() - cpu2;
      const pipedServer = server2 ? await server2() : 0;
      await pool.stop();
      say(
        `${name}: extraction on ${THREADS} worker thread(s) + storing, ${SLICE} more: ${rate(piped.created, piped.seconds)} articles (CPU per article: node incl. threads ${perArticle(pipedCpu, SLICE)}${server2 ? `, server ${perArticle(pipedServer, SLICE)}` : ""})`,
      );
      await live.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    for (const database of databases) await database.drop();
  }
}

interface QueryCase {
  name: string;
  filter: (rnd: () => number) => EventFilter;
  cursorPage?: boolean;
}

/**
 * The query bench's database: a throw-away one, or with BENCH_DB=name one kept between runs (generating a million
 * events takes minutes). A kept database is migrated by `openStore` like any existing deployment.
 */
async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = process.env.BENCH_DB;
  if (!name) return freshDatabase();
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error("BENCH_DB must be a plain lower-case database name");
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => undefined };
}

async function queryBench(): Promise<void> {
  const database = await benchDatabase();
  const opening = performance.now();
  const store = await openStore({ url: database.url });
  say(`\nstore opened (migrations applied) in ${((performance.now() - opening) / 1000).toFixed(1)} s`);
  // The store's pool runs without JIT (src/db/client.ts): so does this client, or its times would not be the store's.
  const client = new pg.Client({ connectionString: database.url, options: "-c jit=off" });
  await client.connect();
  try {
    const present = Number((await client.query<{ n: string }>("select count(*) as n from events")).rows[0]?.n ?? 0);
    if (present >= EVENTS) {
      say(`\n## Queries: ${present} events kept in ${process.env.BENCH_DB} (generated by an earlier run)`);
    } else {
      say(`\n## Queries: ${EVENTS} events generated in SQL on PostgreSQL`);
      if (present > 0) await client.query("truncate table figures, events, incidents, change_log, articles restart identity cascade");
      const started = performance.now();
      await generateEvents(client, Math.max(1, Math.floor(EVENTS / 10)), EVENTS);
      say(`generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    const pick = async (sql: string) => (await client.query<{ v: string }>(sql)).rows.map((r) => r.v);
    const governorates = await pick("select id as v from places where kind = 'governorate' and id in (select unnest(place_path) from events tablesample system (1))");
    const towns = await pick("select place_id as v from events tablesample system (1) group by place_id limit 200");
    const districts = await pick("select id as v from places where kind = 'district' and id in (select unnest(place_path) from events tablesample system (1))");
    const actors = await pick("select id as v from actors where id in (select actor1 from events tablesample system (1)) limit 100");
    const outlets = await pick("select id as v from outlets where id in (select outlet_id from events tablesample system (1)) limit 50");
    const words = ["قصف", "اغتيال", "الفرقة الرابعة", "عبوة ناسفة", "مظاهرة"];
    const any = <T>(list: T[], rnd: () => number): T => {
      const item = list[Math.floor(rnd() * list.length)];
      if (item === undefined) throw new Error("no sample values: is the database empty?");
      return item;
    };
    const month = (rnd: () => number) => {
      const start = new Date(Date.UTC(2013, 0, 1) + Math.floor(rnd() * 4000) * 86_400_000);
      const end = new Date(start.getTime() + 30 * 86_400_000);
      return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
    };
    const cases: QueryCase[] = [
      { name: "latest page", filter: () => ({}) },
      { name: "one month", filter: (r) => month(r) },
      { name: "governorate", filter: (r) => ({ place: any(governorates, r) }) },
      { name: "town", filter: (r) => ({ place: any(towns, r) }) },
      { name: "district", filter: (r) => ({ place: any(districts, r) }) },
      { name: "actor", filter: (r) => ({ actor: any(actors, r) }) },
      { name: "event type + month", filter: (r) => ({ eventType: "Battles", ...month(r) }) },
      { name: "outlet", filter: (r) => ({ outlet: any(outlets, r) }) },
      { name: "text search", filter: (r) => ({ q: any(words, r) }) },
      { name: "bounding box", filter: () => ({ bbox: [35.9, 32.6, 36.2, 32.8] }) },
      { name: "governorate + type + text", filter: (r) => ({ place: any(governorates, r), eventType: "Explosions/Remote violence", q: "قصف" }) },
      // A word no generated event has: the page-order walk gives up and the trigram index answers.
      { name: "governorate + rare word", filter: (r) => ({ place: any(governorates, r), q: "حصار" }) },
      { name: "page 5 (cursor)", filter: (r) => ({ place: any(governorates, r) }), cursorPage: true },
    ];
    const scope = await placeScopeOf(store.db);
    const statement = (filter: EventFilter, cursor?: string) => eventsQuery(store.db, filter, { limit: 50, cursor }, scope).toSQL();
    /** Server time of one statement: planning plus execution, from EXPLAIN ANALYZE without per-node timing. */
    const serverMs = async (filter: EventFilter, cursor?: string): Promise<number> => {
      const query = statement(filter, cursor);
      const { rows } = await client.query<{ "QUERY PLAN": Array<{ "Planning Time": number; "Execution Time": number }> }>(
        `explain (analyze, timing off, format json) ${query.sql}`,
        query.params,
      );
      const plan = rows[0]?.["QUERY PLAN"][0];
      return (plan?.["Planning Time"] ?? 0) + (plan?.["Execution Time"] ?? 0);
    };
    const cursorOf = async (c: QueryCase, filter: EventFilter): Promise<string | undefined> => {
      let cursor: string | undefined;
      if (c.cursorPage) for (let p = 0; p < 4; p++) cursor = (await store.listEvents(filter, { limit: 50, cursor })).nextCursor ?? undefined;
      return cursor;
    };
    let gcMs = 0;
    let gcCount = 0;
    const gc = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        gcMs += entry.duration;
        gcCount++;
      }
    });
    gc.observe({ entryTypes: ["gc"] });

    say(`\n### One query at a time (load average ${loadavg()[0]?.toFixed(1)})`);
    say("listEvents = through the store (drizzle, row parsing); SQL = the statement on a bare pg client; server = planning + execution (EXPLAIN ANALYZE).");
    say("\n| query (50 per page) | listEvents p50 ms | p99 ms | SQL p50 ms | p99 ms | server p50 ms | p99 ms |\n| --- | --- | --- | --- | --- | --- | --- |");
    const rnd = random(7);
    const cpuStart = processCpu();
    for (const c of cases) {
      const viaStore: number[] = [];
      const viaSql: number[] = [];
      const onServer: number[] = [];
      for (let i = 0; i < 120; i++) {
        const filter = c.filter(rnd);
        const cursor = await cursorOf(c, filter);
        let t = performance.now();
        await store.listEvents(filter, { limit: 50, cursor });
        if (i >= 20) viaStore.push(performance.now() - t);
        const query = statement(filter, cursor);
        t = performance.now();
        await client.query(query.sql, query.params);
        if (i >= 20) viaSql.push(performance.now() - t);
        if (i >= 20) onServer.push(await serverMs(filter, cursor));
      }
      const [s, q, v] = [summary(viaStore), summary(viaSql), summary(onServer)];
      say(`| ${c.name} | ${s.p50.toFixed(2)} | ${s.p99.toFixed(2)} | ${q.p50.toFixed(2)} | ${q.p99.toFixed(2)} | ${v.p50.toFixed(2)} | ${v.p99.toFixed(2)} |`);
    }
    say(`\nnode: ${(processCpu() - cpuStart).toFixed(1)} s CPU over the run, garbage collection ${gcMs.toFixed(0)} ms in ${gcCount} pauses`);

    // The API serves several requests at once over the store's pool (10 connections): 8 in flight here.
    const inFlight = 8;
    say(`\n### ${inFlight} queries in flight through listEvents (load average ${loadavg()[0]?.toFixed(1)})`);
    say("\n| query | p50 ms | p99 ms |\n| --- | --- | --- |");
    const byCase = new Map<string, number[]>(cases.map((c) => [c.name, []]));
    const jobs = Array.from({ length: cases.length * 100 }, (_, i) => cases[i % cases.length] as QueryCase);
    const rnd2 = random(9);
    gcMs = 0;
    gcCount = 0;
    const started2 = performance.now();
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        for (let job = jobs.shift(); job; job = jobs.shift()) {
          const filter = job.filter(rnd2);
          const cursor = await cursorOf(job, filter);
          const t = performance.now();
          await store.listEvents(filter, { limit: 50, cursor });
          byCase.get(job.name)?.push(performance.now() - t);
        }
      }),
    );
    const wall2 = (performance.now() - started2) / 1000;
    for (const [name, samples] of byCase) {
      const s = summary(samples);
      say(`| ${name} | ${s.p50.toFixed(2)} | ${s.p99.toFixed(2)} |`);
    }
    say(`\n${cases.length * 100} pages in ${wall2.toFixed(1)} s; garbage collection ${gcMs.toFixed(0)} ms in ${gcCount} pauses`);
    gc.disconnect();

    const t = performance.now();
    await store.countEvents("day", { from: "2020-01-01", to: "2020-12-31" });
    say(`\ncounts by day over one year: ${(performance.now() - t).toFixed(1)} ms`);

    say("\n## Plans checked (EXPLAIN (ANALYZE, BUFFERS)), one sample filter each");
    for (const c of cases) {
      const filter = c.filter(random(11));
      const query = statement(filter, await cursorOf(c, filter));
      const plan = await client.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers, costs off) ${query.sql}`, query.params);
      say(`\n### ${c.name}: ${JSON.stringify(filter)}\n${plan.rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n")}`);
    }
  } finally {
    await client.end();
    await store.close();
    await database.drop();
  }
}

if (only !== "queries") await ingestionBench();
if (only !== "ingest") await queryBench();
