/**
 * The site's only door to data: every page reads through these functions, which call the Marsad API with its typed
 * client (`@marsad/api/client`) and parse what comes back with the shared zod models. Server-side only.
 */
import { Event, ExtractionResult } from "@marsad/model";
import { z } from "zod";
import { env } from "@/env";
import { type Filters, filtersToParams } from "./filters";

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

// ── Incidents and events (shapes of `/v1/incidents`, `/v1/events`) ──────────────────────────────────────────────

export const NamedRef = z.object({ id: z.string(), name: z.string(), nameEn: z.string() });
export type NamedRef = z.infer<typeof NamedRef>;
export const PlaceLabel = NamedRef.extend({
  kind: z.string(),
  admin1: NamedRef.nullable(),
  admin2: NamedRef.nullable(),
  admin3: NamedRef.nullable(),
});
export type PlaceLabel = z.infer<typeof PlaceLabel>;
export const ActorLabel = NamedRef.extend({ category: z.string() });
export type ActorLabel = z.infer<typeof ActorLabel>;

export const IncidentItem = z.object({
  id: z.string(),
  eventType: z.string(),
  subEventType: z.string(),
  dateMin: z.string().nullable(),
  dateMax: z.string().nullable(),
  place: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  actors: z.array(z.string()),
  outlets: z.array(z.string()),
  reportCount: z.number(),
  fatalities: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
  disputed: z.boolean(),
  labels: z.object({ place: PlaceLabel.nullable(), actors: z.array(ActorLabel), outlets: z.array(NamedRef) }),
});
export type IncidentItem = z.infer<typeof IncidentItem>;

const IncidentPage = z.object({ items: z.array(IncidentItem), nextCursor: z.string().nullable() });
export type IncidentPage = z.infer<typeof IncidentPage>;

export const EventItem = Event.extend({
  id: z.string(),
  localId: z.string(),
  articleId: z.string(),
  outlet: z.string().nullable(),
  incidentId: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  labels: z.object({
    place: PlaceLabel.nullable(),
    actor1: ActorLabel.nullable(),
    actor2: ActorLabel.nullable(),
    assocActors: z.array(ActorLabel),
    outlet: NamedRef.nullable(),
  }),
});
export type EventItem = z.infer<typeof EventItem>;

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const IncidentDetail = IncidentItem.extend({
  reports: z.array(
    z.object({
      event: EventItem,
      article: z.object({ id: z.string(), title: z.string(), url: z.string().nullable(), published: z.string().nullable() }),
      outlet: z.string().nullable(),
      evidence: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })),
    }),
  ),
  agreeing: z.array(z.string()),
  disagreements: z.array(
    z.object({
      field: z.string(),
      values: z.array(z.object({ value: Scalar, outlets: z.array(z.string()), events: z.array(z.string()) })),
    }),
  ),
});
export type IncidentDetail = z.infer<typeof IncidentDetail>;

/** One page of incidents matching the filters, newest first. */
export function listIncidents(filters: Filters, page: { limit?: number; cursor?: string } = {}): Promise<ApiResult<IncidentPage>> {
  const query = filtersToParams(filters);
  query.set("limit", String(page.limit ?? 50));
  if (page.cursor) query.set("cursor", page.cursor);
  return attempt(() => request("/v1/incidents", {}, query), IncidentPage);
}

export function getIncident(id: string): Promise<ApiResult<IncidentDetail>> {
  return attempt(() => request(`/v1/incidents/${encodeURIComponent(id)}`), IncidentDetail);
}

/** The raw export of the filtered incidents or events (CSV, GeoJSON), streamed through to the browser. */
export async function exportData(resource: "events" | "incidents", filters: Filters, format: "csv" | "geojson"): Promise<Response> {
  const url = new URL(`/v1/${resource}`, env.API_URL);
  const query = filtersToParams(filters);
  query.set("format", format);
  query.set("limit", "1000");
  url.search = query.toString();
  return fetch(url, { cache: "no-store" });
}

// ── Places and actors (`/v1/places`, `/v1/actors`) ──────────────────────────────────────────────────────────────

const PlaceRow = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
const PlaceList = z.union([z.array(PlaceRow), z.object({ items: z.array(PlaceRow) }).transform((page) => page.items)]);
export type PlaceRow = z.infer<typeof PlaceRow>;

/** Places of one kind (`city`, `town`…) from the gazetteer, up to 1,000. */
export function listPlaces(kind: string): Promise<ApiResult<PlaceRow[]>> {
  return attempt(() => request("/v1/places", {}, new URLSearchParams({ kind, limit: "1000" })), PlaceList);
}

// ── Articles (`/v1/articles/{id}`) ──────────────────────────────────────────────────────────────────────────────

export interface ArticleView {
  result: ExtractionResult;
  /** The page as fetched, when the API gives it: the removed chrome is shown from it. */
  raw: string | null;
  url: string | null;
}

/** `GET /v1/articles/{id}`: the stored extraction under `result`, with the raw page beside it when the API gives it. */
const ArticleResponse = z
  .object({ result: ExtractionResult, raw: z.string().nullable().optional(), url: z.string().nullable().optional() })
  .transform((body): ArticleView => ({ result: body.result, raw: body.raw ?? null, url: body.url ?? null }));

export function getArticle(id: string): Promise<ApiResult<ArticleView>> {
  return attempt(() => request(`/v1/articles/${encodeURIComponent(id)}`), ArticleResponse);
}
