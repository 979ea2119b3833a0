import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";

export const baseUrl = () => inject("baseUrl");

export async function openPage(browser: Browser, path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  // A context per page: axe needs one, and closing it (`closePage`) frees everything.
  const context = await browser.newContext({ viewport, locale: "ar" });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${path}`, { waitUntil: "load" });
  return page;
}

/** Axe violations of impact serious or critical, as "rule: target" lines for a readable failure. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")} — ${node.failureSummary ?? ""}`));
}

export async function listCount(page: Page): Promise<number> {
  return page.locator(".incident-list > li").count();
}

/** Waits until the map has drawn and returns how many incidents it shows (cluster members counted). */
export async function mapDrawn(page: Page): Promise<number> {
  const frame = page.locator(".map-frame .map-canvas[data-drawn]");
  await frame.waitFor({ state: "attached", timeout: 30_000 });
  return Number(await frame.getAttribute("data-drawn"));
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}
