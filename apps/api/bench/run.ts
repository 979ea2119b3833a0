// The API benchmark: `pnpm --filter @marsad/api bench [--quick] [--duration=25] [--soak=300] [--events=1000000]`.
// Needs the PostgreSQL server at 127.0.0.1:5432 (or BENCH_ADMIN_URL). Keeps its data in the database
// `marsad_api_bench` between runs (generated once: a few minutes). Not part of the tests.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { openStore } from "@marsad/store";
import autocannon from "autocannon";
import pg from "pg";
import { generateEvents } from "@marsad/store/bench-data";

const args = new Map(process.argv.slice(2).map((arg) => [arg.replace(/^--/, "").split("=")[0] ?? "", arg.split("=")[1] ?? "true"]));
const quick = args.has("quick");
const duration = Number(args.get("duration") ?? (quick ? 5 : 25));
const soakSeconds = Number(args.get("soak") ?? (quick ? 15 : 300));
const targetEvents = Number(args.get("events") ?? 1_000_000);
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const DB = "marsad_api_bench";
const API_DIR = fileURLToPath(new URL("..", import.meta.url));
const article = readFileSync(fileURLToPath(new URL("../../../seeds/001_af73a84b27fc74b5.txt", import.meta.url)), "utf8");

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
  const count = Number((await client.query("select count(*)::int as n from events")).rows[0]?.n ?? 0);
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

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function startApi(dbUrl: string, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: API_DIR,
    env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "error", MARSAD_RATE_LIMIT: "0", MARSAD_SEED: "false", NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill();
  throw new Error("the API did not become ready");
}

const EVENT_QUERIES = [
  "/v1/events?type=Battles&from=2018-01-01&to=2019-12-31&limit=50",
  "/v1/events?admin1=SY12&limit=50",
  "/v1/events?subType=Air%2Fdrone%20strike&from=2020-01-01&limit=50",
  "/v1/events?bbox=35.9,32.5,36.5,33.0&limit=50",
  "/v1/events?from=2016-03-01&to=2016-03-31&limit=100",
];

interface Scenario {
  name: string;
  requests: autocannon.Request[];
  connections: number;
  seconds: number;
}

async function runScenario(base: string, scenario: Scenario) {
  const result = await autocannon({ url: base, connections: scenario.connections, duration: scenario.seconds, requests: scenario.requests });
  const line = {
    scenario: scenario.name,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "non-2xx": result.non2xx,
    errors: result.errors,
  };
  return line;
}

async function main() {
  const dbUrl = await ensureDatabase();
  const port = await freePort();
  const { child, base } = await startApi(dbUrl, port);
  const pid = child.pid ?? 0;
  const rows = [];
  try {
    const events: Scenario = { name: `GET /v1/events filtered (${targetEvents.toLocaleString()} events, PostgreSQL)`, requests: EVENT_QUERIES.map((path) => ({ method: "GET", path })), connections: 20, seconds: duration };
    const extract: Scenario = {
      name: `POST /v1/extract (${Buffer.byteLength(article)} B article)`,
      requests: [{ method: "POST", path: "/v1/extract", headers: { "content-type": "text/plain; charset=utf-8" }, body: article }],
      connections: 8,
      seconds: duration,
    };
    // Warm-up: JIT, connection pool, PostgreSQL caches.
    await runScenario(base, { ...events, seconds: 3 });
    await runScenario(base, { ...extract, seconds: 3 });
    rows.push(await runScenario(base, events));
    rows.push(
      await runScenario(base, {
        ...events,
        name: "GET /v1/events filtered, micro-cache bypassed (Cache-Control: no-cache)",
        requests: EVENT_QUERIES.map((path) => ({ method: "GET", path, headers: { "cache-control": "no-cache" } })),
      }),
    );
    rows.push(await runScenario(base, extract));
    const rssStart = rssMb(pid);
    const soak = await runScenario(base, {
      name: `soak ${soakSeconds} s (events + extract)`,
      requests: [...events.requests, ...extract.requests],
      connections: 10,
      seconds: soakSeconds,
    });
    const rssEnd = rssMb(pid);
    rows.push(soak);
    console.table(rows);
    console.log(`API RSS: ${rssStart} MB at soak start, ${rssEnd} MB at soak end (${soakSeconds} s)`);
  } finally {
    child.kill("SIGTERM");
  }
}

await main();
