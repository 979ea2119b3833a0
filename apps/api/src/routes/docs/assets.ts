import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The Swagger UI files, read from the installed package so /docs works without internet. */
export interface DocsAssets {
  css: string;
  bundle: string;
}

let cached: DocsAssets | null = null;

export function docsAssets(): DocsAssets {
  if (cached) return cached;
  const root = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  cached = {
    css: readFileSync(join(root, "swagger-ui.css"), "utf8"),
    bundle: readFileSync(join(root, "swagger-ui-bundle.js"), "utf8"),
  };
  return cached;
}
