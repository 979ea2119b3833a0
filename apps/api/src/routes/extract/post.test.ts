import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExtractionResult } from "@marsad/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemOf } from "../../test-support/problem";
import { startTestServer, type TestServer } from "../../test-support/server";

const SEEDS = join(import.meta.dirname, "..", "..", "..", "..", "..", "seeds");
const seed = readFileSync(join(SEEDS, "000_fb15f6841101f636.txt"), "utf8");

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ MARSAD_BODY_LIMIT: 64 * 1024 });
});
afterAll(() => server.close());

const post = (body: string, type: string, query = "") =>
  fetch(`${server.url}/v1/extract${query}`, { method: "POST", body, headers: { "Content-Type": type } });


describe("POST /v1/extract", () => {
  it("returns an ExtractionResult for a seed article sent as JSON text", async () => {
    const res = await post(JSON.stringify({ text: seed, published: "2021-07-28" }), "application/json");
    expect(res.status).toBe(200);
    const result = ExtractionResult.parse(await res.json());
    expect(result.article.title).toContain("طفس");
    expect(result.article.published).toBe("2021-07-28");
  });

  it("accepts a raw text/plain body with the publication date in the query", async () => {
    const res = await post(seed, "text/plain; charset=utf-8", "?published=2021-07-28");
    expect(res.status).toBe(200);
    const result = ExtractionResult.parse(await res.json());
    expect(result.article.published).toBe("2021-07-28");
    expect(result.article.body.length).toBeGreaterThan(1000);
  });

  it("cleans HTML sent as text/html or as JSON html", async () => {
    const html = `<html><body><h1>عنوان الخبر</h1><p>${seed.split("\n").slice(2, 4).join("</p><p>")}</p></body></html>`;
    for (const res of [await post(html, "text/html"), await post(JSON.stringify({ html }), "application/json")]) {
      expect(res.status).toBe(200);
      const result = ExtractionResult.parse(await res.json());
      expect(result.article.body).not.toContain("<p>");
    }
  });

  it("stores nothing: the same article twice gives the same result", async () => {
    const first = await (await post(seed, "text/plain")).json();
    const second = await (await post(seed, "text/plain")).json();
    expect(second).toEqual(first);
  });

  it("rejects malformed JSON with a problem, not a 500", async () => {
    const res = await post('{"text": "غير مكتمل', "application/json");
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe("malformed_body");
  });

  it("lists the failing fields when the JSON has neither text nor html", async () => {
    const res = await post(JSON.stringify({ published: "2021-07-28" }), "application/json");
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors?.map((error) => error.path)).toContain("body.text");
  });

  it("rejects unknown JSON fields and invalid dates, naming each field", async () => {
    const res = await post(JSON.stringify({ text: seed, published: "28/07/2021", extra: 1 }), "application/json");
    const problem = await problemOf(res);
    expect(res.status).toBe(400);
    expect(problem.errors?.map((error) => error.path).sort()).toEqual(["body", "body.published"]);
  });

  it("rejects an invalid published date in the query of a raw body", async () => {
    const res = await post(seed, "text/plain", "?published=yesterday");
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.[0]?.path).toBe("query.published");
  });

  it("rejects an empty article as a validation problem", async () => {
    const res = await post("   \n ", "text/plain");
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.errors?.[0]).toMatchObject({ path: "body.text", code: "empty_input" });
  });

  it("answers 415 for a content type it does not read", async () => {
    const res = await post("<a/>", "application/xml");
    expect(res.status).toBe(415);
    expect((await problemOf(res)).detail).toContain("application/xml");
  });

  it("answers 413 beyond the body limit", async () => {
    const res = await post("ق".repeat(40 * 1024), "text/plain");
    expect(res.status).toBe(413);
    expect((await problemOf(res)).code).toBe("payload_too_large");
  });
});
