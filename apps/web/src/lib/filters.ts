import { z } from "zod";
import { isEventType } from "./taxonomy";

/** The map's filter state, as it lives in the page URL and as it is passed on to the API. */
export interface Filters {
  from?: string;
  to?: string;
  place?: string;
  admin1?: string;
  actor?: string;
  type?: string;
  outlet?: string;
  q?: string;
}

export const FILTER_KEYS = ["from", "to", "place", "admin1", "actor", "type", "outlet", "q"] as const;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Id = z.string().trim().min(1).max(200);
const Text = z.string().trim().min(1).max(200);

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads filters from a URL's search params, dropping any value that is malformed instead of failing the page. */
export function parseFilters(params: SearchParamsRecord | URLSearchParams): Filters {
  const get = (key: string) => (params instanceof URLSearchParams ? (params.get(key) ?? undefined) : first(params[key]));
  const filters: Filters = {};
  const from = IsoDay.safeParse(get("from"));
  if (from.success) filters.from = from.data;
  const to = IsoDay.safeParse(get("to"));
  if (to.success) filters.to = to.data;
  if (filters.from && filters.to && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  for (const key of ["place", "admin1", "actor", "outlet"] as const) {
    const parsed = Id.safeParse(get(key));
    if (parsed.success) filters[key] = parsed.data;
  }
  const type = get("type");
  if (type && isEventType(type)) filters.type = type;
  const q = Text.safeParse(get("q"));
  if (q.success) filters.q = q.data;
  return filters;
}

/** The filters as query parameters, in a fixed order so equal views give equal URLs. */
export function filtersToParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

export function filtersToQueryString(filters: Filters): string {
  const query = filtersToParams(filters).toString();
  return query ? `?${query}` : "";
}

export function hasFilters(filters: Filters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined);
}
