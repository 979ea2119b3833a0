import { describe, expect, it } from "vitest";
import { resolveTarget } from "./ingest";
import { IngestProgress, type Output } from "./ingest-progress";

describe("resolveTarget", () => {
  it("resolves a relative path against the directory the user ran the command in", () => {
    expect(resolveTarget("seeds", "/home/user/marsad")).toBe("/home/user/marsad/seeds");
  });

  it("leaves URLs and absolute paths alone", () => {
    expect(resolveTarget("https://example.org/feed.xml", "/x")).toBe("https://example.org/feed.xml");
    expect(resolveTarget("/data/articles", "/x")).toBe("/data/articles");
  });
});

describe("IngestProgress", () => {
  function sink(): { stream: Output; text: () => string } {
    const chunks: string[] = [];
    return { stream: { write: (chunk: string) => chunks.push(chunk) }, text: () => chunks.join("") };
  }

  it("counts new, already stored and failed articles, and names each failure with its reason", () => {
    const out = sink();
    const progress = new IngestProgress(out.stream, false);
    progress.item({ origin: "a.txt", status: "created", articleId: "1", events: 2 });
    progress.item({ origin: "b.txt", status: "duplicate", articleId: "1" });
    progress.item({ origin: "c.txt", status: "error", code: "empty_input", message: "The article is empty" });
    progress.rejected({ origin: "d.jsonl:3", code: "bad_line", message: "not valid JSON" });
    progress.finish();
    expect([progress.created, progress.duplicate, progress.errors]).toEqual([1, 1, 2]);
    expect(out.text()).toContain("failed c.txt: The article is empty [empty_input]");
    expect(out.text()).toContain("skipped d.jsonl:3: not valid JSON [bad_line]");
    expect(out.text()).toMatch(/4 done · 1 new · 1 already stored · 2 errors/);
  });
});
