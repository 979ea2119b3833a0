import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../context";
import { cacheFor } from "../../middleware/cache";
import { docsAssets } from "./assets";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marsad API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="docs"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

// A separate file rather than an inline script, so the page works under a strict Content-Security-Policy.
const INIT = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#docs", deepLinking: true, tryItOutEnabled: true });\n`;

const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'";

const page = createRoute({
  method: "get",
  path: "/docs",
  tags: ["Operations"],
  summary: "Interactive API documentation (served from the app, no CDN)",
  middleware: [cacheFor(300)] as const,
  responses: { 200: { description: "The documentation page", content: { "text/html": { schema: z.string() } } } },
});

function asset<P extends string>(path: P, type: string) {
  return createRoute({
    method: "get",
    path,
    hide: true,
    middleware: [cacheFor(86_400)] as const,
    responses: { 200: { description: "Documentation asset", content: { [type]: { schema: z.string() } } } },
  });
}

export function docsRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(page, (c) => {
      c.header("Content-Security-Policy", CSP);
      return c.html(PAGE, 200);
    })
    .openapi(asset("/docs/swagger-ui.css", "text/css"), (c) => c.body(docsAssets().css, 200, { "Content-Type": "text/css; charset=utf-8" }))
    .openapi(asset("/docs/swagger-ui-bundle.js", "text/javascript"), (c) =>
      c.body(docsAssets().bundle, 200, { "Content-Type": "text/javascript; charset=utf-8" }),
    )
    .openapi(asset("/docs/init.js", "text/javascript"), (c) => c.body(INIT, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
}
