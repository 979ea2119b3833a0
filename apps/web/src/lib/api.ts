/**
 * The site's only door to data: every page reads through these functions, which call the Marsad API with its typed
 * client (`@marsad/api/client`) and parse what comes back with the shared zod models. Server-side only.
 */
import { createMarsadClient, MarsadApiError, unwrap } from "@marsad/api/client";
import * as ApiSchemas from "@marsad/api/schemas";
import { ExtractionResult, type PlaceKind } from "@marsad/model";
import { z } from "zod";
import { env } from "@/env";
import { type Filters, filtersToParams } from "./filters";
import { ALL_TYPES } from "./taxonomy";
import type { DayCount } from "./timeline";

export interface ApiProblem {
  status: number;
  code: string;
  message: string;
}
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiProblem };

const client = createMarsadClient(env.API_URL);

/** The filters as the typed client's query object (its values are strings, as in a URL). */
function queryOf(filters: Filters, extra: Record<string, string> = {}) {
  return { ...Object.fromEntries(filtersToParams(filters)), ...extra };
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
  return attempt(() => unwrap(client.v1.extract.$post({ json: input, query: {} })), ExtractionResult);
}

const Label = z.object({ en: z.string(), ar: z.string() });
export const Taxonomy = z.object({
  eventTypes: z.array(Label.extend({ subTypes: z.array(Label) })),
  weapons: z.array(Label.extend({ id: z.string() })),
  actorCategories: z.array(Label.extend({ id: z.string(), inter: z.number() })),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

export function getTaxonomy(): Promise<ApiResult<Taxonomy>> {
  return attempt(() => unwrap(client.v1.taxonomy.$get()), Taxonomy);
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
  const keyed = createMarsadClient(env.API_URL, { apiKey });
  const result = await attempt(() => unwrap(keyed.v1.articles.$post({ json: article })), IngestResponse);
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
  return attempt(() => unwrap(client.v1.meta.$get()), Meta);
}

// ── Incidents and events (shapes of `/v1/incidents`, `/v1/events`) ──────────────────────────────────────────────

// The shapes are the API's own response schemas: defined once, in `@marsad/api/schemas`.
export type ActorLabel = z.infer<typeof ApiSchemas.ActorLabel>;
export type EventItem = z.infer<typeof ApiSchemas.EventItem>;
export type IncidentDetail = z.infer<typeof ApiSchemas.IncidentDetail>;
export type IncidentItem = z.infer<typeof ApiSchemas.IncidentItem>;
export type IncidentPage = z.infer<typeof ApiSchemas.IncidentPage>;
export type NamedRef = z.infer<typeof ApiSchemas.NamedRef>;
export type PlaceLabel = z.infer<typeof ApiSchemas.PlaceLabel>;

/** One page of incidents matching the filters, newest first. */
export function listIncidents(filters: Filters, page: { limit?: number; cursor?: string } = {}): Promise<ApiResult<IncidentPage>> {
  const query = queryOf(filters, { limit: String(page.limit ?? 50), ...(page.cursor ? { cursor: page.cursor } : {}) });
  return attempt(() => unwrap(client.v1.incidents.$get({ query })), ApiSchemas.IncidentPage);
}

export function getIncident(id: string): Promise<ApiResult<IncidentDetail>> {
  return attempt(() => unwrap(client.v1.incidents[":id"].$get({ param: { id } })), ApiSchemas.IncidentDetail);
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
export function listPlaces(kind: PlaceKind): Promise<ApiResult<PlaceRow[]>> {
  return attempt(() => unwrap(client.v1.places.$get({ query: { kind, limit: "1000" } })), PlaceList);
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
  return attempt(() => unwrap(client.v1.articles[":id"].$get({ param: { id } })), ArticleResponse);
}

// ── Stats (`/v1/stats`) ─────────────────────────────────────────────────────────────────────────────────────────

const Stats = z.object({ rows: z.array(z.object({ key: z.string().nullable(), events: z.number() })) });

/** Events per day stacked by type, for the timeline: one `by=day` count per event type, merged. */
export async function getDailyByType(filters: Filters): Promise<ApiResult<DayCount[]>> {
  const types = filters.type ? [filters.type] : ALL_TYPES;
  const answers = await Promise.all(
    types.map(async (type) => ({
      type,
      result: await attempt(() => unwrap(client.v1.stats.$get({ query: queryOf({ ...filters, type }, { by: "day" }) })), Stats),
    })),
  );
  const days = new Map<string, Record<string, number>>();
  for (const { type, result } of answers) {
    if (!result.ok) return result;
    for (const row of result.data.rows) {
      if (row.key === null || row.events === 0) continue;
      const counts = days.get(row.key) ?? {};
      counts[type] = row.events;
      days.set(row.key, counts);
    }
  }
  return { ok: true, data: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, byType]) => ({ date, byType })) };
}
