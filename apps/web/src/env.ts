import { z } from "zod";

/** Server environment, parsed once; nothing else reads `process.env`. */
const Env = z.object({
  API_URL: z.url().default("http://127.0.0.1:8787"),
  /** Optional street layer: a raster/vector tile URL template or a `pmtiles://` URL served locally. */
  MAP_TILES_URL: z.string().min(1).optional(),
  /** Public origin of the site, used in feeds; defaults to the request's own origin. */
  SITE_URL: z.url().optional(),
});
export type Env = z.infer<typeof Env>;

function parseEnv(): Env {
  const parsed = Env.safeParse({
    API_URL: process.env.API_URL || undefined,
    MAP_TILES_URL: process.env.MAP_TILES_URL || undefined,
    SITE_URL: process.env.SITE_URL || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Invalid environment for @marsad/web: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = parseEnv();
