import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser";
import { baseUrl, closePage, openPage } from "./helpers";
import { WEB_DIR } from "./servers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const seed = readFileSync(join(WEB_DIR, "..", "..", "seeds", "000_fb15f6841101f636.txt"), "utf8");

/** The first incident of the list that more than one outlet reported, else the first one. */
async function incidentPath(): Promise<string> {
  const page = await openPage(browser, "/en");
  const hrefs = await page.locator(".incident-list a.title").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  await closePage(page);
  const first = hrefs[0];
  if (!first) throw new Error("the home page lists no incident");
  return first;
}

describe("incident page", () => {
  it("shows each report with its outlet and evidence sentence", async () => {
    const page = await openPage(browser, await incidentPath());
    const reports = page.locator("[data-testid=reports] > li");
    expect(await reports.count()).toBeGreaterThan(0);
    const first = reports.first();
    expect((await first.locator("h3").textContent())?.trim()).toMatch(/^Reported by \S/);
    expect((await first.locator("blockquote.evidence").first().textContent())?.length).toBeGreaterThan(10);
    await closePage(page);
  });
});

describe("article page", () => {
  it("highlights mentions and links an event to its sentence", async () => {
    const incident = await openPage(browser, await incidentPath());
    await Promise.all([incident.waitForURL(/\/articles\//), incident.locator("[data-testid=reports] a", { hasText: "Read the article" }).first().click()]);
    const page = incident;
    expect(await page.locator(".article-text .mention.place").count()).toBeGreaterThan(0);
    expect(await page.locator(".article-text .mention.actor").count()).toBeGreaterThan(0);
    const link = page.locator(".event-card a.evidence-link").first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^#s-\d+$/);
    const target = page.locator(href ?? "#none");
    expect(await target.getAttribute("class")).toContain("sentence evidence");
    await link.click();
    expect(page.url()).toContain(href);
    expect(await target.evaluate((node) => node.matches(":target"))).toBe(true);
    await closePage(page);
  });

  it("shows what a mention resolved to when it is focused", async () => {
    const incident = await openPage(browser, await incidentPath());
    await Promise.all([incident.waitForURL(/\/articles\//), incident.locator("[data-testid=reports] a", { hasText: "Read the article" }).first().click()]);
    const mention = incident.locator(".article-text .mention.place").first();
    await mention.focus();
    const tip = mention.locator(".tip");
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^Place: /);
    await closePage(incident);
  });
});

describe("article page weight", () => {
  it("ships less than 200 KB of gzipped JavaScript", async () => {
    const incident = await openPage(browser, await incidentPath());
    const href = await incident.locator("[data-testid=reports] a[href*='/articles/']").first().getAttribute("href");
    await closePage(incident);
    // A fresh context, listening before the first request, so every script is counted (none comes from a cache).
    const page = await (await browser.newContext()).newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body());
    });
    await page.goto(`${baseUrl()}${href ?? "/en"}`, { waitUntil: "networkidle" });
    const gzipped = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    expect(bodies.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThan(200 * 1024);
    await closePage(page);
  });
});

describe("playground", () => {
  it("extracts a pasted seed article", async () => {
    const page = await openPage(browser, "/en/try");
    await page.fill("#try-text", seed);
    await page.click("form.playground-form button[type=submit]");
    await page.locator(".try-result").waitFor({ timeout: 30_000 });
    expect(await page.locator(".try-result .event-card").count()).toBeGreaterThan(0);
    expect(await page.locator(".try-result .mention.place").count()).toBeGreaterThan(0);
    expect(await page.textContent("[data-testid=try-summary]")).toMatch(/\d+ mentions, \d+ events?/);
    await closePage(page);
  });

  it("explains an empty submission instead of failing", async () => {
    const page = await openPage(browser, "/ar/try");
    await page.click("form.playground-form button[type=submit]");
    // (Next's route announcer also has role=alert: look for the form's own notice.)
    await page.locator(".notice.error").waitFor();
    expect(await page.textContent(".notice.error")).toContain("الصق نصًا");
    await closePage(page);
  });
});

describe("method and feeds", () => {
  it("lists the taxonomy in Arabic and English", async () => {
    const page = await openPage(browser, "/ar/method");
    expect(await page.locator("td", { hasText: "اشتباك مسلح" }).count()).toBe(1);
    expect(await page.locator("td", { hasText: "Armed clash" }).count()).toBe(1);
    await closePage(page);
  });

  it("serves an Atom feed for a filter", async () => {
    const response = await fetch(`${baseUrl()}/en/feed?type=Battles`);
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml).toContain("<entry>");
    expect(xml).toContain("/en/incidents/");
  });
});
