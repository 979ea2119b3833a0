import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { EXTRACTOR_NAME, EXTRACTOR_VERSION } from "@marsad/extract";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { cacheFor } from "../../middleware/cache";
import { OPENAPI_INFO } from "../../openapi";
import { NamedRef } from "../events/schema";

export const Meta = z
  .object({
    api: z.object({ version: z.string() }),
    extractor: z.object({ name: z.string(), version: z.string() }),
    database: z.object({ kind: z.enum(["pglite", "postgres"]) }),
    counts: z.object({
      articles: z.number().int(),
      events: z.number().int(),
      incidents: z.number().int(),
      outlets: z.number().int(),
      places: z.number().int(),
      actors: z.number().int(),
    }),
    lastIngestedAt: z.string().nullable(),
    extractorVersions: z.array(z.object({ version: z.string(), articles: z.number().int() })).openapi({
      description: "Stored articles per extractor version; older versions are re-extracted by `marsad reextract`.",
    }),
    outlets: z.array(NamedRef).openapi({ description: "Known outlets: their ids are accepted by `outlet=` filters and ingestion." }),
  })
  .openapi("Meta");

const route = createRoute({
  method: "get",
  path: "/v1/meta",
  tags: ["Reference"],
  summary: "Dataset and extractor versions, counts, known outlets",
  middleware: [cacheFor(30)] as const,
  responses: { 200: { description: "Metadata", content: { "application/json": { schema: Meta } } } },
});

export function metaRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const store = requireStore(deps);
    const { lastIngestedAt, extractorVersions, ...counts } = await store.stats();
    return c.json(
      {
        api: { version: OPENAPI_INFO.version },
        extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION },
        database: { kind: store.kind },
        counts,
        lastIngestedAt,
        extractorVersions,
        outlets: deps.reference.outlets().map(({ id, name, nameEn }) => ({ id, name, nameEn })),
      },
      200,
    );
  });
}
