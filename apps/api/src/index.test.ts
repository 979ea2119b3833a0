import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "@marsad/extract";
import { ExtractionResult } from "@marsad/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Meta } from "./routes/meta/get";
import { SEEDS_DIR } from "./test-support/targets";

const API_DIR = fileURLToPath(new URL("..", import.meta.url));
const Listening = z.object({ msg: z.literal("listening"), url: z.string(), extractWorkers: z.number() });

function jsonOrNull(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

/** The real entry point, as `pnpm start` runs it: a fresh data directory, seeds on first start, a worker pool. */
function start(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: API_DIR,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", MARSAD_DATA_DIR: mkdtempSync(join(tmpdir(), "marsad-api-start-")), MARSAD_EXTRACT_WORKERS: "1", DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let buffered = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      for (const line of buffered.split("\n")) {
        const listening = Listening.safeParse(jsonOrNull(line));
        if (listening.success) resolve({ child, url: listening.data.url });
      }
    });
    child.once("exit", (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
}

describe("src/index.ts (the served process)", () => {
  let server: { child: ChildProcess; url: string };
  beforeAll(async () => {
    server = await start();
  }, 120_000);
  afterAll(() => {
    server?.child.kill("SIGTERM");
  });

  it("ingests the seeds on first start into the embedded database", async () => {
    const meta = Meta.parse(await (await fetch(`${server.url}/v1/meta`)).json());
    expect(meta.database.kind).toBe("pglite");
    expect(meta.counts.articles).toBe(5);
  });

  it("extracts in a worker thread with the same result as inline extraction", async () => {
    const text = readFileSync(join(SEEDS_DIR, "003_7914e44b01f18bbe.txt"), "utf8");
    const res = await fetch(`${server.url}/v1/extract`, { method: "POST", body: text, headers: { "Content-Type": "text/plain" } });
    expect(res.status).toBe(200);
    expect(ExtractionResult.parse(await res.json())).toEqual(extract(text));
    const empty = await fetch(`${server.url}/v1/extract`, { method: "POST", body: " ", headers: { "Content-Type": "text/plain" } });
    expect(empty.status).toBe(400);
  });

  it("is ready and stops cleanly on SIGTERM", async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => server.child.once("exit", resolve));
    server.child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
