import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH } from "./browser";
import { buildIsStale, freePort, type Running, removeDir, start, startApi, WEB_DIR, waitForHttp } from "./servers";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    apiUrl: string;
  }
}

/** Production build of the site + the API on a seeded embedded database, both on free loopback ports. */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`e2e: Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
  if (process.env.MARSAD_E2E_SKIP_BUILD !== "1" && buildIsStale()) {
    console.log("e2e: building the site (next build)…");
    execFileSync("pnpm", ["run", "build"], { cwd: WEB_DIR, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const started: Running[] = [];
  let dataDir = "";
  try {
    const api = await startApi();
    started.push(api.running);
    dataDir = api.dataDir;
    const port = await freePort();
    const web = start("pnpm", ["exec", "next", "start", "--port", String(port), "--hostname", "127.0.0.1"], WEB_DIR, {
      API_URL: api.url,
      NEXT_TELEMETRY_DISABLED: "1",
    });
    started.push(web);
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(`${baseUrl}/en/method`, web, 120_000);
    project.provide("baseUrl", baseUrl);
    project.provide("apiUrl", api.url);
  } catch (error) {
    for (const running of started) running.stop();
    if (dataDir) removeDir(dataDir);
    throw error;
  }
  return () => {
    for (const running of started.reverse()) running.stop();
    if (dataDir) removeDir(dataDir);
  };
}
