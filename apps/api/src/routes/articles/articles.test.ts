import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemOf } from "../../test-support/problem";
import { authHeader } from "../../test-support/server";
import { SEEDS_DIR, type SeededServer, seededServer, targets } from "../../test-support/targets";
import { ArticleChange } from "./reextract";
import { ArticleDetail, ArticlePage, IngestReport } from "./schema";

const seedText = readFileSync(join(SEEDS_DIR, "001_af73a84b27fc74b5.txt"), "utf8");
/** A new article: a seed with a different first line, so its cleaned text (and hash) differ. */
const fresh = (n: number) => `خبر رقم ${n}: ${seedText}`;

describe.each(await targets())("articles on $name", (target) => {
  let server: SeededServer;
  beforeAll(async () => {
    server = await seededServer(target, { MARSAD_BODY_LIMIT: 256 * 1024, MARSAD_BATCH_LIMIT: 5 });
  });
  afterAll(() => server?.stop());

  const post = (body: string, type: string, headers: Record<string, string> = authHeader) =>
    fetch(`${server.url}/v1/articles`, { method: "POST", body, headers: { "Content-Type": type, ...headers } });

  it("refuses writes without an API key, and with a wrong one, changing nothing", async () => {
    const before = await server.store.stats();
    const anonymous = await post(JSON.stringify({ text: fresh(1) }), "application/json", {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
    const wrong = await post(JSON.stringify({ text: fresh(1) }), "application/json", { Authorization: "Bearer not-a-key-of-this-server" });
    expect(wrong.status).toBe(401);
    expect(await server.store.stats()).toEqual(before);
  });

  it("stores a new article once: created, then duplicate", async () => {
    const body = JSON.stringify({ text: fresh(2), url: "https://example.org/news/2", published: "2021-08-01", outlet: "horan-free-league" });
    const first = IngestReport.parse(await (await post(body, "application/json")).json());
    expect(first.items[0]).toMatchObject({ index: 0, status: "created" });
    const second = IngestReport.parse(await (await post(body, "application/json")).json());
    expect(second.items[0]).toMatchObject({ status: "duplicate", articleId: first.items[0]?.articleId });
  });

  it("reports each NDJSON line: created, duplicate, or rejected with the reason", async () => {
    const lines = [
      JSON.stringify({ text: fresh(3) }),
      JSON.stringify({ text: fresh(3) }),
      "{not json",
      JSON.stringify({ text: "   " }),
      JSON.stringify({ text: fresh(4), outlet: "no-such-outlet" }),
      "",
    ].join("\n");
    const res = await post(lines, "application/x-ndjson");
    expect(res.status).toBe(200);
    const report = IngestReport.parse(await res.json());
    expect(report.items.map((item) => item.status)).toEqual(["created", "duplicate", "rejected", "rejected", "rejected"]);
    expect(report.items[2]?.reason).toContain("line 3");
    expect(report.items[3]?.reason).toMatch(/empty/i);
    expect(report.items[4]?.reason).toContain("outlet");
    expect(report).toMatchObject({ created: 1, duplicates: 1, rejected: 3 });
  });

  it("accepts a JSON array as a batch and reports invalid items without failing the rest", async () => {
    const res = await post(JSON.stringify([{ text: fresh(5) }, { text: fresh(6), published: "2021-02-30" }]), "application/json");
    const report = IngestReport.parse(await res.json());
    expect(report.items.map((item) => item.status)).toEqual(["created", "rejected"]);
    expect(report.items[1]?.reason).toContain("published");
  });

  it("answers 400 with the failing fields for a single invalid article", async () => {
    const res = await post(JSON.stringify({ title: "no text" }), "application/json");
    expect(res.status).toBe(400);
    const paths = (await problemOf(res)).errors?.map((error) => error.path) ?? [];
    expect(paths).toContain("body.text");
  });

  it("answers 400 for malformed JSON and 415 for another content type, changing nothing", async () => {
    const before = await server.store.stats();
    expect((await post('{"text": "بلا نهاية', "application/json")).status).toBe(400);
    expect((await post("text=x", "application/x-www-form-urlencoded")).status).toBe(415);
    expect(await server.store.stats()).toEqual(before);
  });

  it("answers 413 for a batch over the limit and for a body over the limit", async () => {
    const before = await server.store.stats();
    const batch = Array.from({ length: 6 }, (_, n) => JSON.stringify({ text: fresh(100 + n) })).join("\n");
    expect((await post(batch, "application/x-ndjson")).status).toBe(413);
    expect((await post(JSON.stringify({ text: "ق".repeat(200 * 1024) }), "application/json")).status).toBe(413);
    expect(await server.store.stats()).toEqual(before);
  });

  it("lists articles and shows one with body, extraction and events", async () => {
    const page = ArticlePage.parse(await (await fetch(`${server.url}/v1/articles?limit=1000`)).json());
    expect(page.items.length).toBeGreaterThanOrEqual(5);
    const [first] = page.items;
    if (!first) throw new Error("no articles");
    const res = await fetch(`${server.url}/v1/articles/${first.id}`);
    expect(res.status).toBe(200);
    const article = ArticleDetail.parse(await res.json());
    expect(article.body.length).toBeGreaterThan(100);
    expect(article.result.article.body).toBe(article.body);
    expect(article.events.every((event) => event.articleId === first.id)).toBe(true);
  });

  it("filters articles by outlet and refuses unknown parameters", async () => {
    const page = ArticlePage.parse(await (await fetch(`${server.url}/v1/articles?outlet=horan-free-league&limit=1000`)).json());
    expect(page.items.every((article) => article.outlet === "horan-free-league")).toBe(true);
    expect((await fetch(`${server.url}/v1/articles?sort=desc`)).status).toBe(400);
  });

  it("answers 404 for an unknown article", async () => {
    expect((await fetch(`${server.url}/v1/articles/0000000000000000`)).status).toBe(404);
  });

  it("re-extracts one article and reports what changed, without duplicating its events", async () => {
    const [first] = (await server.store.listArticles({}, { limit: 1 })).items;
    if (!first) throw new Error("no articles");
    const before = (await server.store.getArticle(first.id))?.events.length ?? -1;
    const res = await fetch(`${server.url}/v1/articles/${first.id}/reextract`, { method: "POST", headers: authHeader });
    expect(res.status).toBe(200);
    const change = ArticleChange.parse(await res.json());
    expect(change.articleId).toBe(first.id);
    expect(change.added + change.modified + change.unchanged).toBe((await server.store.getArticle(first.id))?.events.length);
    expect(change.removed + change.modified + change.unchanged).toBe(before);
  });

  it("requires a key to re-extract and answers 404 for an unknown article", async () => {
    const [first] = (await server.store.listArticles({}, { limit: 1 })).items;
    if (!first) throw new Error("no articles");
    expect((await fetch(`${server.url}/v1/articles/${first.id}/reextract`, { method: "POST" })).status).toBe(401);
    expect((await fetch(`${server.url}/v1/articles/0000000000000000/reextract`, { method: "POST", headers: authHeader })).status).toBe(404);
  });
});
