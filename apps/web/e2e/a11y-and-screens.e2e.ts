import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser";
import { closePage, openPage, seriousViolations } from "./helpers";
import { WEB_DIR } from "./servers";

let browser: Browser;
let incident = "";
let article = "";
let place = "";
let actor = "";
const ARTIFACTS = join(WEB_DIR, "artifacts");

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  const home = await openPage(browser, "/ar");
  incident = ((await home.locator(".incident-list a.title").first().getAttribute("href")) ?? "/ar").replace(/^\/ar/, "");
  await home.goto(`${home.url().replace(/\/ar.*$/, "")}/ar${incident}`);
  const local = async (selector: string) => ((await home.locator(selector).first().getAttribute("href")) ?? "/ar").replace(/^\/ar/, "").replace(/#.*$/, "");
  article = await local("[data-testid=reports] a[href*='/articles/']");
  place = await local(".facts a[href*='/places/']");
  actor = await local(".facts a[href*='/actors/']");
  await closePage(home);
});
afterAll(async () => {
  await browser?.close();
});

const pages = () => [
  ["home", ""],
  ["incident", incident],
  ["article", article],
  ["place", place],
  ["actor", actor],
  ["try", "/try"],
  ["method", "/method"],
  ["feeds", "/feeds"],
];

describe("accessibility", () => {
  for (const locale of ["ar", "en"]) {
    it(`finds no serious axe violations on the main pages in ${locale}`, { timeout: 120_000 }, async () => {
      const problems: string[] = [];
      for (const [name, path] of pages()) {
        const page = await openPage(browser, `/${locale}${path}`);
        if (name === "home") await page.locator(".map-canvas[data-drawn]").waitFor({ state: "attached", timeout: 30_000 });
        problems.push(...(await seriousViolations(page)).map((line) => `${name}: ${line}`));
        await closePage(page);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("screenshots", () => {
  // One test per language and width: 8 full-page screenshots each, so a slow machine does not run one test past its time.
  for (const locale of ["ar", "en"]) {
    for (const [device, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      it(`writes the main pages in ${locale === "ar" ? "Arabic" : "English"} at ${device} width to artifacts/`, { timeout: 120_000 }, async () => {
        const written: string[] = [];
        for (const [name, path] of pages()) {
          const page = await openPage(browser, `/${locale}${path}`, viewport);
          if (name === "home") await page.locator(".map-canvas[data-drawn]").waitFor({ state: "attached", timeout: 30_000 });
          const file = join(ARTIFACTS, `${name}-${locale}-${device}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
          await closePage(page);
        }
        expect(written).toHaveLength(pages().length);
        for (const file of written) expect(statSync(file).size).toBeGreaterThan(0);
      });
    }
  }
});
