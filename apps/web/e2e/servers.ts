import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const API_DIR = join(WEB_DIR, "..", "api");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Running {
  child: ChildProcess;
  output: () => string;
  stop: () => void;
}

/** Starts a process in its own group so stopping it ends its children (tsx, next) too. */
export function start(command: string, args: string[], cwd: string, env: Record<string, string>): Running {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return {
    child,
    output: () => log,
    stop: () => {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // Already gone.
        }
      }
    },
  };
}

export async function waitForHttp(url: string, running: Running, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`process exited (${running.child.exitCode}) before ${url} answered:\n${running.output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${running.output()}`);
}

/** The API on the embedded database, seeded, in a temporary data directory. */
export async function startApi(): Promise<{ url: string; running: Running; dataDir: string }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "marsad-web-e2e-"));
  const running = start("pnpm", ["exec", "tsx", "src/index.ts"], API_DIR, {
    PORT: String(port),
    HOST: "127.0.0.1",
    MARSAD_DATA_DIR: dataDir,
    MARSAD_SEED: "true",
    MARSAD_RATE_LIMIT: "0",
    MARSAD_API_KEYS: "e2e:e2e-test-key-0123456789",
    LOG_LEVEL: "warn",
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/readyz`, running, 180_000);
  return { url, running, dataDir };
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether `.next` is missing or older than the sources and messages. */
export function buildIsStale(): boolean {
  const buildId = join(WEB_DIR, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return Math.max(newestSource(join(WEB_DIR, "src")), newestSource(join(WEB_DIR, "messages"))) > built;
}

export function removeDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
