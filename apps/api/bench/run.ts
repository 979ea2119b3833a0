// The API benchmark: `pnpm --filter @marsad/api bench [--quick] [--duration=25] [--soak=300] [--events=1000000]
// [--only=hot,mix,…] [--extract-workers=N] [--processes=N]`.
// Needs the PostgreSQL server at 127.0.0.1:5432 (or BENCH_ADMIN_URL). Keeps its data in the database
// `marsad_api_bench` between runs (generated once: a few minutes). Not part of the tests. Run it under
// `flock /tmp/marsad-bench.lock` on a shared machine.
//
// Each scenario says whether its answers come from the response cache: the server marks every cacheable answer
// `X-Cache: hit|miss`, and the bench counts them. CPU is the server's own (all its processes and threads), per request.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { extract as extractArticle } from "@marsad/extract";
import { openStore } from "@marsad/store";
import { generateEvents } from "@marsad/store/bench-data";
import autocannon from "autocannon";
import pg from "pg";

const args = new Map(process.argv.slice(2).map((arg) => [arg.replace(/^--/, "").split("=")[0] ?? "", arg.split("=")[1] ?? "true"]));
const quick = args.has("quick");
const duration = Number(args.get("duration") ?? (quick ? 5 : 25));
const soakSeconds = Number(args.get("soak") ?? (quick ? 15 : 300));
const targetEvents = Number(args.get("events") ?? 1_000_000);
const only = args.get("only")?.split(",");
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const DB = "marsad_api_bench";
const API_DIR = fileURLToPath(new URL("..", import.meta.url));
const article = readFileSync(fileURLToPath(new URL("../../../seeds/001_af73a84b27fc74b5.txt", import.meta.url)), "utf8");
const BENCH_KEY = "bench-key-0123456789abcdef";
const CLOCK_TICKS = 100;

async function ensureDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [DB]);
  if (exists.rowCount === 0) await admin.query(`create database ${DB}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB}`;
  const dbUrl = url.toString();
  const store = await openStore({ url: dbUrl });
  await store.close();
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  // Generated events only: the bench's writer adds one real article (and its events) on first use.
  const count = Number((await client.query("select count(*)::int as n from events where article_id like 'bench%'")).rows[0]?.n ?? 0);
  if (count !== targetEvents) {
    console.log(`generating ${targetEvents.toLocaleString()} events in ${DB} (had ${count.toLocaleString()})…`);
    const started = Date.now();
    await client.query("truncate table figures, events, incidents, change_log, articles restart identity cascade");
    await generateEvents(client, Math.max(1, Math.round(targetEvents / 8)), targetEvents);
    console.log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await client.end();
  return dbUrl;
}

/**
 * What extraction alone costs for the bench's article, here on one thread (CPU time per call, JSON text included, as
 * the API sends it): the server's CPU per extract request minus this is the API's own cost (HTTP, hand-off, headers).
 */
function extractionAlone(): { cpuMs: number; p50Ms: number } {
  const rounds = quick ? 200 : 600;
  for (let i = 0; i < 200; i++) JSON.stringify(extractArticle(article));
  const times: number[] = [];
  const before = process.cpuUsage();
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    JSON.stringify(extractArticle(article));
    times.push(performance.now() - started);
  }
  const used = process.cpuUsage(before);
  times.sort((a, b) => a - b);
  return { cpuMs: (used.user + used.system) / 1000 / rounds, p50Ms: times[rounds >> 1] ?? 0 };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** The server's process and its descendants (cluster workers), from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

function rssMb(root: number): number {
  let kb = 0;
  for (const pid of processTree(root)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(kb / 1024);
}

function ticksOf(statPath: string): number {
  try {
    const stat = readFileSync(statPath, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0; // gone meanwhile
  }
}

/**
 * User + system CPU seconds of the server's processes (all threads: extraction workers, zlib, GC), and of their main
 * threads alone (the event loops: HTTP, Hono, middleware, queries' decoding; extraction too when it runs inline).
 */
function cpuSeconds(root: number): { all: number; main: number } {
  let all = 0;
  let main = 0;
  for (const pid of processTree(root)) {
    all += ticksOf(`/proc/${pid}/stat`);
    main += ticksOf(`/proc/${pid}/task/${pid}/stat`);
  }
  return { all: all / CLOCK_TICKS, main: main / CLOCK_TICKS };
}

interface Memory {
  pid: number;
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
}

interface Api {
  child: ChildProcess;
  base: string;
  /** Heap figures each server process prints on SIGUSR2 after a full GC (started with --expose-gc). */
  memory(): Promise<Memory[]>;
}

async function startApi(dbUrl: string, port: number): Promise<Api> {
  const env: Record<string, string> = {
    ...process.env,
    DATABASE_URL: dbUrl,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "error",
    MARSAD_RATE_LIMIT: "0",
    MARSAD_SEED: "false",
    MARSAD_API_KEYS: `bench:${BENCH_KEY}`,
    MARSAD_DIAGNOSTICS: "true",
    NODE_ENV: "production",
  };
  const workers = args.get("extract-workers");
  if (workers) env.MARSAD_EXTRACT_WORKERS = workers;
  const processes = args.get("processes");
  if (processes) env.MARSAD_PROCESSES = processes;
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", "src/index.ts"], { cwd: API_DIR, env, stdio: ["ignore", "inherit", "pipe"] });
  const memoryLines: string[] = [];
  let buffered = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      if (line.includes('"diagnostics":"memory"')) memoryLines.push(line);
      else process.stderr.write(`${line}\n`);
    }
  });
  const base = `http://127.0.0.1:${port}`;
  const memory = async () => {
    const pids = processTree(child.pid ?? 0);
    memoryLines.length = 0;
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGUSR2");
      } catch {
        // gone meanwhile
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return memoryLines.map((line) => JSON.parse(line) as Memory);
  };
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { child, base, memory };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill();
  throw new Error("the API did not become ready");
}

/** The five filters the earlier figures used (kept so figures stay comparable). */
const HOT_QUERIES = [
  "/v1/events?type=Battles&from=2018-01-01&to=2019-12-31&limit=50",
  "/v1/events?admin1=SY12&limit=50",
  "/v1/events?subType=Air%2Fdrone%20strike&from=2020-01-01&limit=50",
  "/v1/events?bbox=35.9,32.5,36.5,33.0&limit=50",
  "/v1/events?from=2016-03-01&to=2016-03-31&limit=100",
];

/**
 * What the site and API users ask for, by popularity: governorate and town pages, type filters, date windows,
 * actor pages, map boxes, searches, and their combinations. 600 distinct queries, drawn with Zipf weights (s = 1),
 * so a few are very common and most are rare, as on a public site.
 */
function realisticQueries(): string[] {
  const admin1 = ["SY12", "SY14", "SY13", "SY03", "SY02", "SY07", "SY05"];
  const towns = ["gn:163806", "gn:170905", "gn:166365", "gn:165997", "gn:164328", "gn:169341"];
  const types = ["Battles", "Explosions%2FRemote%20violence", "Violence%20against%20civilians", "Protests", "Strategic%20developments"];
  const subTypes = ["Armed%20clash", "Air%2Fdrone%20strike", "Shelling%2Fartillery%2Fmissile%20attack", "Remote%20explosive%2Flandmine%2FIED", "Abduction%2Fforced%20disappearance"];
  const actors = ["syrian-regime", "saa-4th-division", "islamic-state", "civilians", "central-committee", "ahrar-al-sham"];
  const windows = ["", "&from=2023-01-01", "&from=2018-01-01&to=2018-12-31", "&from=2021-07-01&to=2021-07-31", "&from=2015-01-01&to=2016-12-31"];
  const boxes = ["35.9,32.5,36.5,33.0", "36.0,32.6,36.2,32.8", "35.7,32.6,36.9,33.4"];
  const searches = ["%D9%82%D8%B5%D9%81", "%D8%A7%D8%BA%D8%AA%D9%8A%D8%A7%D9%84"];
  const queries = new Set<string>(["/v1/events?limit=50", ...HOT_QUERIES]);
  const add = (q: string) => queries.add(`/v1/events?${q.replace(/^&/, "")}`);
  for (const w of windows) {
    for (const a of admin1) add(`admin1=${a}${w}&limit=50`);
    for (const t of types) add(`type=${t}${w}&limit=50`);
    for (const a of admin1) for (const t of types) add(`admin1=${a}&type=${t}${w}&limit=50`);
    for (const p of towns) add(`place=${p}${w}&limit=50`);
    for (const s of subTypes) add(`subType=${s}${w}&limit=50`);
    for (const actor of actors) add(`actor=${actor}${w}&limit=50`);
    for (const b of boxes) add(`bbox=${b}${w}&limit=100`);
  }
  for (const p of towns) for (const t of types) add(`place=${p}&type=${t}&limit=50`);
  for (const actor of actors) for (const a of admin1.slice(0, 3)) add(`actor=${actor}&admin1=${a}&limit=50`);
  for (const s of searches) for (const a of admin1.slice(0, 3)) add(`q=${s}&admin1=${a}&limit=20`);
  for (const a of admin1) add(`admin1=${a}&count=true&limit=50`);
  return [...queries].slice(0, 600);
}

/** A deterministic Zipf sampler over `items` (rank 1 most popular). */
function zipf<T>(items: readonly T[], seed = 42): () => T {
  const weights = items.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w / total;
    cumulative.push(sum);
  }
  // Shuffle popularity so the hot five are not always the most popular.
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const order = items.map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key).map(({ item }) => item);
  return () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 1) < r) lo = mid + 1;
      else hi = mid;
    }
    return order[lo] as T;
  };
}

interface Scenario {
  key: string;
  name: string;
  requests: autocannon.Request[];
  connections: number;
  seconds: number;
  /** Runs alongside the load (a writer), stopped when it ends. */
  background?: () => () => void;
}

interface Row {
  scenario: string;
  "req/s": number;
  "p50 ms": number;
  "p99 ms": number;
  "cache hits": string;
  "CPU ms/req": number;
  "main-thread ms/req": number;
  "non-2xx": number;
  errors: number;
  load: string;
}

const counters = { hit: 0, miss: 0, none: 0, notModified: 0 };
function countCache(status: number, _body: string, _context: object, headers: IncomingHttpHeaders | undefined) {
  if (status === 304) counters.notModified += 1;
  const cache = headers?.["x-cache"] ?? headers?.["X-Cache"];
  if (cache === "hit") counters.hit += 1;
  else if (cache === "miss") counters.miss += 1;
  else if (status !== 304) counters.none += 1;
}

async function runScenario(api: Api, scenario: Scenario): Promise<Row> {
  Object.assign(counters, { hit: 0, miss: 0, none: 0, notModified: 0 });
  const pid = api.child.pid ?? 0;
  const load = loadavg()[0] ?? 0;
  const cpuBefore = cpuSeconds(pid);
  const stop = scenario.background?.();
  const requests = scenario.requests.map((request) => ({ ...request, onResponse: countCache }));
  const result = await autocannon({ url: api.base, connections: scenario.connections, duration: scenario.seconds, requests });
  stop?.();
  const cpuAfter = cpuSeconds(pid);
  const cpu = cpuAfter.all - cpuBefore.all;
  const perRequest = (seconds: number) => Math.round((1000 * seconds * 100) / Math.max(1, result.requests.total)) / 100;
  const answered = counters.hit + counters.miss + counters.none + counters.notModified;
  const cache =
    counters.notModified > 0
      ? `${Math.round((100 * counters.notModified) / Math.max(1, answered))}% 304`
      : counters.hit + counters.miss === 0
        ? "n/a"
        : `${((100 * counters.hit) / (counters.hit + counters.miss)).toFixed(1)}%`;
  return {
    scenario: scenario.name,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "cache hits": cache,
    "CPU ms/req": perRequest(cpu),
    "main-thread ms/req": perRequest(cpuAfter.main - cpuBefore.main),
    "non-2xx": result.non2xx - counters.notModified,
    errors: result.errors,
    load: `${load.toFixed(2)}→${(loadavg()[0] ?? 0).toFixed(2)}`,
  };
}

async function main() {
  const dbUrl = await ensureDatabase();
  const alone = !only || only.includes("extract") ? extractionAlone() : undefined;
  const port = await freePort();
  const api = await startApi(dbUrl, port);
  const pid = api.child.pid ?? 0;
  const rows: Row[] = [];
  const get = (path: string, headers: Record<string, string> = {}): autocannon.Request => ({ method: "GET", path, headers });
  const mix = zipf(realisticQueries());
  const mixRequest = (headers: Record<string, string> = {}): autocannon.Request => ({
    method: "GET",
    setupRequest: (request) => ({ ...request, path: mix(), headers: { ...headers } }),
  });
  const browser = { "accept-encoding": "gzip, deflate, br" };
  const extract: autocannon.Request = { method: "POST", path: "/v1/extract", headers: { "content-type": "text/plain; charset=utf-8" }, body: article };
  // A write through the API every few seconds (an already stored article: nothing changes in the database, but the
  // server cannot know that before it answers, so it drops its cached answers, as for any accepted write).
  const writer = (everyMs: number) => () => {
    const timer = setInterval(() => {
      void fetch(`${api.base}/v1/articles`, {
        method: "POST",
        headers: { Authorization: `Bearer ${BENCH_KEY}`, "Content-Type": "application/json" },
        body: JSON.stringify({ text: article }),
      }).catch(() => undefined);
    }, everyMs);
    return () => clearInterval(timer);
  };
  const scenarios: Scenario[] = [
    { key: "hot", name: "events: 5 filters, cache warm", requests: HOT_QUERIES.map((path) => get(path)), connections: 20, seconds: duration },
    { key: "hot-br", name: "events: 5 filters, cache warm, browser Accept-Encoding", requests: HOT_QUERIES.map((path) => get(path, browser)), connections: 20, seconds: duration },
    { key: "revalidate", name: "events: 5 filters, If-None-Match (304)", requests: [], connections: 20, seconds: duration },
    { key: "mix", name: "events: 600 filters (Zipf), browser", requests: [mixRequest(browser)], connections: 20, seconds: duration },
    {
      key: "mix-writes",
      name: "events: 600 filters (Zipf), a write every 2 s",
      requests: [mixRequest(browser)],
      connections: 20,
      seconds: duration,
      background: writer(2000),
    },
    { key: "nocache", name: "events: 600 filters (Zipf), no-cache (every answer queried)", requests: [mixRequest({ "cache-control": "no-cache" })], connections: 20, seconds: duration },
    { key: "nocache-hot", name: "events: 5 filters, no-cache", requests: HOT_QUERIES.map((path) => get(path, { "cache-control": "no-cache" })), connections: 20, seconds: duration },
    { key: "extract", name: `POST /v1/extract (${Buffer.byteLength(article)} B article)`, requests: [extract], connections: 8, seconds: duration },
  ];
  const selected = scenarios.filter((scenario) => !only || only.includes(scenario.key));
  try {
    // Warm-up: JIT, connection pools, PostgreSQL caches, the response cache for the hot filters.
    await runScenario(api, { key: "warm", name: "warm-up", requests: HOT_QUERIES.map((path) => get(path)), connections: 10, seconds: 3 });
    await runScenario(api, { key: "warm", name: "warm-up", requests: [extract], connections: 8, seconds: 3 });
    for (const scenario of selected) {
      if (scenario.key === "revalidate") {
        const tags = await Promise.all(HOT_QUERIES.map(async (path) => (await fetch(`${api.base}${path}`)).headers.get("etag") ?? ""));
        scenario.requests = HOT_QUERIES.map((path, i) => get(path, { "if-none-match": tags[i] ?? "" }));
      }
      const row = await runScenario(api, scenario);
      rows.push(row);
      console.log(JSON.stringify(row));
    }
    if (!only || only.includes("soak")) {
      const before = await api.memory();
      const rssStart = rssMb(pid);
      // Sampled through the soak: growth that levels off (heaps and allocator arenas reaching their working size)
      // reads differently from growth that goes on.
      const rssSamples: number[] = [];
      const sampler = setInterval(() => rssSamples.push(rssMb(pid)), 30_000);
      const soak = await runScenario(api, {
        key: "soak",
        name: `soak ${soakSeconds} s (600 filters + extract, a write every 5 s)`,
        requests: [mixRequest(browser), mixRequest(), extract],
        connections: 10,
        seconds: soakSeconds,
        background: writer(5000),
      });
      clearInterval(sampler);
      const rssEnd = rssMb(pid);
      const after = await api.memory();
      rows.push(soak);
      console.table(rows);
      const heap = (figures: Memory[]) => figures.map((f) => `${f.heapUsedMb} MB heap + ${f.arrayBuffersMb} MB buffers (pid ${f.pid})`).join(", ") || "n/a";
      console.log(`API RSS (all processes): ${rssStart} MB at soak start, ${rssEnd} MB at soak end (${soakSeconds} s)`);
      console.log(`API RSS every 30 s of the soak: ${rssSamples.join(", ")} MB`);
      console.log(`heapUsed after a full GC, per process: ${heap(before)} before the soak, ${heap(after)} after`);
    } else {
      console.table(rows);
    }
    if (alone) {
      // Not subtracted from the server's figure: both vary by ±20 % with the machine's load. The main-thread column is
      // the API's own cost when extraction runs in worker threads (the default).
      console.log(`extraction alone (this article, in this process, JSON text included): ${alone.cpuMs.toFixed(2)} ms CPU per call (V8's GC threads included), p50 ${alone.p50Ms.toFixed(2)} ms`);
    }
    console.log(`load average (1/5/15 min) at the end: ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  } finally {
    api.child.kill("SIGTERM");
  }
}

await main();
