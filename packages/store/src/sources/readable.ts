import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface ReadableArticle {
  /** The main content as HTML with its title as a heading: what the extractor reads and the store keeps. */
  html: string;
  title: string;
  published: string | null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

/** Takes the article out of a web page (menus, ads and footers dropped) with Mozilla's Readability. */
export function readableArticle(page: string): ReadableArticle | null {
  const { document } = parseHTML(page);
  const published =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute("content") ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const parsed = new Readability(document).parse();
  if (!parsed?.content || !parsed.textContent?.trim()) return null;
  const title = parsed.title?.trim() ?? "";
  return { html: `${title ? `<h1>${escapeHtml(title)}</h1>\n` : ""}${parsed.content}`, title, published };
}
