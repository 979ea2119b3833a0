import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { adminUrl, freshDatabase, postgresProblem } from "@marsad/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Meta } from "./routes/meta/get";
import { SEEDS_DIR } from "./test-support/targets";

const API_DIR = fileURLToPath(new URL("..", import.meta.url));
const KEY = "cluster-test-key-0123456789";
const Listening = z.object({ msg: z.literal("listening"), url: z.string(), pid: z.number() });
const postgres = (await postgresProblem(adminUrl())) === null;

/** A GET on its own connection, so the cluster hands it to the next process in turn. */
function getOnNewConnection(url: string): Promise<{ status: number; cache: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { Connection: "close" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, cache: res.headers["x-cache"]?.toString(), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe.skipIf(!postgres)("MARSAD_PROCESSES=2 (several server processes on one port)", () => {
  let child: ChildProcess;
  let url = "";
  const pids = new Set<number>();
  let drop: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const database = await freshDatabase();
    drop = database.drop;
    child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
      cwd: API_DIR,
      env: {
        ...process.env,
        PORT: "0",
        HOST: "127.0.0.1",
        DATABASE_URL: database.url,
        MARSAD_PROCESSES: "2",
        MARSAD_EXTRACT_WORKERS: "0",
        MARSAD_SEEDS_DIR: SEEDS_DIR,
        MARSAD_API_KEYS: `tests:${KEY}`,
        MARSAD_RATE_LIMIT: "0",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      let buffered = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        buffered += chunk.toString("utf8");
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(line);
          } catch {
            // not a log line
          }
          const listening = Listening.safeParse(parsed);
          if (!listening.success) continue;
          url = listening.data.url;
          pids.add(listening.data.pid);
          if (pids.size === 2) resolve();
        }
      });
      child.once("exit", (code) => reject(new Error(`the cluster exited with ${code} before listening`)));
    });
  }, 120_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await drop();
  });

  it("starts two server processes, seeded once", async () => {
    expect(pids.size).toBe(2);
    const meta = Meta.parse(JSON.parse((await getOnNewConnection(`${url}/v1/meta`)).body));
    expect(meta.counts.articles).toBe(5);
  });

  it("a write through one process empties every process's cache at once", async () => {
    // Both processes cache the answer (connections go to them in turn).
    for (let i = 0; i < 4; i++) await getOnNewConnection(`${url}/v1/meta`);
    const warm = await getOnNewConnection(`${url}/v1/meta`);
    expect(warm.cache).toBe("hit");
    const before = Meta.parse(JSON.parse(warm.body)).counts.articles;
    // An article without events: the change feed does not move, so only the processes' own message can tell the other one.
    const res = await fetch(`${url}/v1/articles`, {
      method: "POST",
      headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json", Connection: "close" },
      body: JSON.stringify({ text: "اشتباكات بين قوات النظام ومقاتلين محليين في مدينة طفس بريف درعا الغربي." }),
    });
    expect(res.status).toBe(200);
    // The message travels through the primary, after the write's answer: wait until four answers in a row (two per
    // process) show the new count. Without the message the other process would keep its answer for the whole TTL (30 s).
    let fresh = 0;
    for (let attempt = 0; attempt < 100 && fresh < 4; attempt++) {
      const after = await getOnNewConnection(`${url}/v1/meta`);
      fresh = Meta.parse(JSON.parse(after.body)).counts.articles === before + 1 ? fresh + 1 : 0;
    }
    expect(fresh).toBe(4);
  });

  it("stops every process on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of pids) {
      expect(() => process.kill(pid, 0)).toThrow();
    }
  });
});

describe("MARSAD_PROCESSES without DATABASE_URL", () => {
  it("refuses to start, naming the reason (the embedded database is one process's)", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
      cwd: API_DIR,
      env: { ...process.env, PORT: "0", DATABASE_URL: "", MARSAD_PROCESSES: "2", LOG_LEVEL: "silent" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain("DATABASE_URL");
  }, 60_000);
});
