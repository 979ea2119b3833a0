import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser";
import { closePage, listCount, mapDrawn, openPage } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("home page", () => {
  it("shows the seed incidents on the map and in the list", async () => {
    const page = await openPage(browser, "/ar");
    const listed = await listCount(page);
    expect(listed).toBeGreaterThan(0);
    expect(await page.locator(".map-frame").getAttribute("data-points")).toBe(String(listed));
    expect(await mapDrawn(page)).toBe(listed);
    await closePage(page);
  });

  it("narrows map and list with a filter that survives a reload through the URL", async () => {
    const page = await openPage(browser, "/ar");
    const before = await listCount(page);
    await page.selectOption("#f-type", "Battles");
    await Promise.all([page.waitForURL(/type=Battles/), page.click(".filters button[type=submit]")]);
    const after = await listCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.locator(".map-frame").getAttribute("data-points")).toBe(String(after));
    expect(await mapDrawn(page)).toBe(after);
    await page.reload({ waitUntil: "load" });
    expect(page.url()).toContain("type=Battles");
    expect(await listCount(page)).toBe(after);
    expect(await page.inputValue("#f-type")).toBe("Battles");
    await closePage(page);
  });

  it("is right-to-left in Arabic and left-to-right in English", async () => {
    const page = await openPage(browser, "/ar");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    await page.goto(page.url().replace("/ar", "/en"));
    expect(await page.getAttribute("html", "dir")).toBe("ltr");
    await closePage(page);
  });

  it("switches to English on the same page, keeping the filters", async () => {
    const page = await openPage(browser, "/ar?type=Battles");
    await Promise.all([page.waitForURL(/\/en\?type=Battles/), page.click(".lang-switch")]);
    expect(await page.textContent("h1")).toBe("Incidents in southern Syria");
    expect(await page.inputValue("#f-type")).toBe("Battles");
    await closePage(page);
  });
});
