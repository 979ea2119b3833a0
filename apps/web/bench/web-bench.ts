/**
 * `pnpm bench` (web): on the production build, with the API on a seeded embedded database, prints
 *  - first contentful / largest contentful paint of the home page (median of 5 cold loads), and when the map is drawn;
 *  - the JavaScript shipped to the article page (and the home page), gzipped, summed over every script loaded.
 */
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../e2e/browser";
import { buildIsStale, freePort, removeDir, start, startApi, WEB_DIR, waitForHttp } from "../e2e/servers";

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function paints(browser: Browser, url: string): Promise<{ fcp: number; lcp: number; map: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.locator(".map-canvas[data-drawn]").waitFor({ state: "attached", timeout: 30_000 });
  const mapReady = await page.evaluate(() => performance.now());
  const result = await page.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number }>((resolve) => {
        const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
        let lcp = Number.NaN;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcp = entry.startTime;
        }).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => resolve({ fcp, lcp }), 200);
      }),
  );
  await context.close();
  return { ...result, map: mapReady };
}

async function scriptBytes(page: Page, url: string): Promise<{ files: number; raw: number; gzip: number }> {
  const bodies: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const buffers = await Promise.all(bodies);
  return {
    files: buffers.length,
    raw: buffers.reduce((sum, body) => sum + body.length, 0),
    gzip: buffers.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (buildIsStale()) execFileSync("pnpm", ["run", "build"], { cwd: WEB_DIR, stdio: "inherit" });
const api = await startApi();
const port = await freePort();
const web = start("pnpm", ["exec", "next", "start", "--port", String(port), "--hostname", "127.0.0.1"], WEB_DIR, { API_URL: api.url });
const base = `http://127.0.0.1:${port}`;
let browser: Browser | undefined;
try {
  await waitForHttp(`${base}/ar/method`, web, 120_000);
  browser = await launchChromium();
  await paints(browser, `${base}/ar`); // warm the server (first render compiles nothing, but fills caches)
  const runs: { fcp: number; lcp: number; map: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await paints(browser, `${base}/ar`));
  console.log(`home /ar, ${RUNS} loads: FCP median ${median(runs.map((r) => r.fcp)).toFixed(0)} ms, LCP median ${median(runs.map((r) => r.lcp)).toFixed(0)} ms (goal < 1500 ms), map drawn at ${median(runs.map((r) => r.map)).toFixed(0)} ms`);

  const page = await browser.newPage();
  await page.goto(`${base}/en`, { waitUntil: "load" });
  const incident = await page.locator(".incident-list a.title").first().getAttribute("href");
  await page.goto(`${base}${incident ?? "/en"}`, { waitUntil: "load" });
  const article = (await page.locator("a[href*='/articles/']").first().getAttribute("href"))?.replace(/#.*$/, "");
  await page.close();
  for (const [name, path] of [
    ["article", article ?? "/ar"],
    ["home", "/ar"],
  ] as const) {
    const fresh = await browser.newPage();
    const size = await scriptBytes(fresh, `${base}${path}`);
    await fresh.close();
    console.log(`${name} ${path}: ${size.files} scripts, ${kb(size.raw)} raw, ${kb(size.gzip)} gzipped${name === "article" ? " (goal < 200 KB)" : " (MapLibre included, loaded after first paint)"}`);
  }
} finally {
  await browser?.close();
  web.stop();
  api.running.stop();
  removeDir(api.dataDir);
}
