import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app";
import { defaultEnv } from "./env";
import { startTestServer, type TestServer } from "./test-support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const OpenApiDocument = z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

const fetchDocument = async () => OpenApiDocument.parse(await (await fetch(`${server.url}/openapi.json`)).json());

/** Every method+path the app answers, in OpenAPI's `{param}` form, except the docs page's own asset files. */
function appRoutes(): string[] {
  const app = createApp({ env: defaultEnv() });
  const routes = app.routes
    .filter((route) => route.method !== "ALL" && !route.path.startsWith("/docs/"))
    .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
  return [...new Set(routes)].sort();
}

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe("3.1.0");
    // The parser reads a file path; a file also keeps its in-place dereferencing away from our copy.
    const file = join(mkdtempSync(join(tmpdir(), "marsad-openapi-")), "openapi.json");
    writeFileSync(file, JSON.stringify(document));
    const result = await validate(file);
    expect(result.valid ? "" : compileErrors(result)).toBe("");
  });

  it("lists every route the app serves", async () => {
    const document = await fetchDocument();
    const documented = Object.entries(document.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`))
      .sort();
    expect(documented).toEqual(appRoutes());
  });

  it("describes errors as problem+json", async () => {
    const document = await fetchDocument();
    const Operation = z.object({ responses: z.record(z.string(), z.object({ content: z.record(z.string(), z.unknown()) })) });
    const extract = Operation.parse(document.paths["/v1/extract"]?.post);
    expect(Object.keys(extract.responses["400"]?.content ?? {})).toEqual(["application/problem+json"]);
  });
});
