import type { RouteConfig } from "@hono/zod-openapi";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";
import { negotiateFormat } from "../formats/negotiate";
import { type Format, ListQuery } from "../routes/events/schema";

/**
 * Serves the non-JSON formats (GeoJSON, CSV, JSON Lines) of a list route before its typed JSON handler runs, so
 * the RPC client's type for the route stays the JSON page while `format=` / Accept still choose other formats.
 */
export function otherFormats(render: (c: Context<AppEnv>, query: ListQuery, format: Exclude<Format, "json">) => Promise<Response>) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const parsed = ListQuery.safeParse(c.req.query());
    // Invalid queries fall through: the route's validator reports them with the failing fields.
    if (!parsed.success) return next();
    const format = negotiateFormat(parsed.data.format, c.req.header("accept"));
    if (format === "json") return next();
    c.res = await render(c, parsed.data, format);
  });
}

type ResponseConfig = RouteConfig["responses"][string];

/**
 * The documented form of a route whose typed form declares JSON only: the same route with every format's content,
 * registered in the OpenAPI document in place of the hidden typed one.
 */
export function documentedVariant(route: RouteConfig, ok: ResponseConfig): RouteConfig {
  const { middleware: _middleware, hide: _hide, ...rest } = route;
  return { ...rest, responses: { ...route.responses, 200: ok } };
}
