import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { EXTRACTOR_VERSION } from "@marsad/extract";
import type { AppEnv } from "./context";
import { cacheFor } from "./middleware/cache";

export const OPENAPI_INFO = {
  title: "Marsad API",
  version: "1.0.0",
  description:
    "Structured, sourced event data from Arabic news about the war in Syria (ACLED conventions). Reads are public unless the server closes them; writes need `Authorization: Bearer <API key>`. Errors are RFC 9457 problem+json.",
};

const TAGS = [
  { name: "Extraction", description: "Stateless extraction" },
  { name: "Articles", description: "Ingestion and stored articles" },
  { name: "Events", description: "Events and cross-source incidents" },
  { name: "Reference", description: "Places, actors, taxonomy, statistics and dataset metadata" },
  { name: "Operations", description: "Health, readiness and documentation" },
];

const route = createRoute({
  method: "get",
  path: "/openapi.json",
  tags: ["Operations"],
  summary: "This document (OpenAPI 3.1), generated from the routes' zod schemas",
  responses: {
    200: { description: "The OpenAPI document", content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } },
  },
});

/** Serves `/openapi.json`. Call after every route is mounted: the document is built once, on first request. */
export function registerOpenApi(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "An API key from MARSAD_API_KEYS.",
  });
  let document: string | null = null;
  // Registered by hand: the document is sent pre-serialised, which the typed `openapi()` handler does not allow.
  app.openAPIRegistry.registerPath(route);
  return app.get(route.path, cacheFor(300), (c) => {
    document ??= JSON.stringify(
      app.getOpenAPI31Document({
        openapi: "3.1.0",
        info: { ...OPENAPI_INFO, "x-extractor-version": EXTRACTOR_VERSION },
        tags: TAGS,
      }),
    );
    return c.body(document, 200, { "Content-Type": "application/json; charset=utf-8" });
  });
}
