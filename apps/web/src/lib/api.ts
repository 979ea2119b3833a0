/**
 * The site's only door to data: every page reads through these functions, which call the Marsad API with its typed
 * client (`@marsad/api/client`) and parse what comes back with the shared zod models. Server-side only.
 */
import { ExtractionResult } from "@marsad/model";
import { z } from "zod";
import { env } from "@/env";

export interface ApiProblem {
  status: number;
  code: string;
  message: string;
}
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiProblem };

/** A non-2xx answer of the API, with the code and detail of its problem+json body. */
class MarsadApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const Problem = z.object({ code: z.string().optional(), detail: z.string().optional(), title: z.string().optional() });

/**
 * Plain `fetch` for now: the typed Hono client (`@marsad/api/client`) loses its route types while the API's docs
 * routes are declared with a `string` path, and importing it type-checks the API's work in progress. When that is
 * settled, `request` becomes `createMarsadClient(env.API_URL)` calls and nothing else here changes.
 */
async function request(path: string, init: RequestInit = {}, query?: URLSearchParams): Promise<unknown> {
  const url = new URL(path, env.API_URL);
  if (query) url.search = query.toString();
  const response = await fetch(url, { ...init, headers: { Accept: "application/json", ...init.headers }, cache: "no-store" });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's error page): keep the text for the message.
  }
  if (response.ok) return body;
  const problem = Problem.safeParse(body);
  const code = problem.success && problem.data.code ? problem.data.code : "http_error";
  const detail = problem.success ? (problem.data.detail ?? problem.data.title) : undefined;
  throw new MarsadApiError(response.status, code, detail ?? `HTTP ${response.status}`);
}

function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  return request(path, { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json", ...headers } });
}

/** Runs one API call and turns every failure (HTTP problem, refused connection, unexpected shape) into a value. */
async function attempt<T>(call: () => Promise<unknown>, schema: z.ZodType<T>): Promise<ApiResult<T>> {
  try {
    const body = await call();
    const parsed = schema.safeParse(body);
    if (parsed.success) return { ok: true, data: parsed.data };
    return { ok: false, error: { status: 502, code: "unexpected_response", message: z.prettifyError(parsed.error) } };
  } catch (error) {
    if (error instanceof MarsadApiError) return { ok: false, error: { status: error.status, code: error.code, message: error.message } };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { status: 503, code: "api_unreachable", message: `${env.API_URL}: ${message}` } };
  }
}

export type ExtractInput = { text: string; published?: string } | { html: string; published?: string };

export function extractArticle(input: ExtractInput): Promise<ApiResult<ExtractionResult>> {
  return attempt(() => postJson("/v1/extract", input), ExtractionResult);
}

const Label = z.object({ en: z.string(), ar: z.string() });
export const Taxonomy = z.object({
  eventTypes: z.array(Label.extend({ subTypes: z.array(Label) })),
  weapons: z.array(Label.extend({ id: z.string() })),
  actorCategories: z.array(Label.extend({ id: z.string(), inter: z.number() })),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

export function getTaxonomy(): Promise<ApiResult<Taxonomy>> {
  return attempt(() => request("/v1/taxonomy"), Taxonomy);
}

const IngestResponse = z.object({
  items: z.array(z.object({ id: z.string().nullable().optional(), status: z.string(), reason: z.string().nullable().optional() })).min(1),
});

export interface IngestOutcome {
  id: string;
  status: string;
}

/** `POST /v1/articles` with the caller's API key; the outcome of the one article (created / duplicate / rejected). */
export async function ingestArticle(article: Record<string, string>, apiKey: string): Promise<ApiResult<IngestOutcome>> {
  const result = await attempt(() => postJson("/v1/articles", article, { Authorization: `Bearer ${apiKey}` }), IngestResponse);
  if (!result.ok) return result;
  const first = result.data.items[0];
  if (!first) return { ok: false, error: { status: 502, code: "unexpected_response", message: "no item in the answer" } };
  return { ok: true, data: { id: first.id ?? "—", status: first.reason ? `${first.status} (${first.reason})` : first.status } };
}

const Meta = z.object({
  extractor: z.union([z.string(), z.object({ version: z.string() }).transform((value) => value.version)]).catch("—"),
  dataset: z.union([z.string(), z.object({ version: z.string() }).transform((value) => value.version)]).catch("—"),
});
export type Meta = z.infer<typeof Meta>;

export function getMeta(): Promise<ApiResult<Meta>> {
  return attempt(() => request("/v1/meta"), Meta);
}
