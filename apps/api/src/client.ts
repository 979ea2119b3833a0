import { type ClientResponse, DetailedError, hc, parseResponse } from "hono/client";
import type { AppType } from "./app";

export type { AppType } from "./app";
export type { FieldError, Problem } from "./errors";
export type * from "./types";

export interface MarsadClientOptions {
  /** Sent as `Authorization: Bearer <apiKey>`; needed for writes. */
  apiKey?: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/** A Hono RPC client: `client.v1.events.$get({ query: { from: "2018-07-01" } })`, fully typed from the routes. */
export function createMarsadClient(baseUrl: string, options: MarsadClientOptions = {}) {
  const headers = { ...options.headers, ...(options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {}) };
  return hc<AppType>(baseUrl, { headers, ...(options.fetch ? { fetch: options.fetch } : {}) });
}
export type MarsadClient = ReturnType<typeof createMarsadClient>;

/** A non-2xx answer, carrying the API's problem+json body when there is one. */
export class MarsadApiError extends Error {
  override readonly name = "MarsadApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problem: unknown,
  ) {
    super(message);
  }
}

function problemFields(body: unknown): { code: string; detail: string } {
  if (typeof body === "object" && body !== null) {
    const code = "code" in body && typeof body.code === "string" ? body.code : "http_error";
    const detail = "detail" in body && typeof body.detail === "string" ? body.detail : "";
    return { code, detail };
  }
  return { code: "http_error", detail: "" };
}

/** The parsed body of a successful response (typed from the route), or a `MarsadApiError` carrying the problem. */
export async function unwrap<T extends ClientResponse<unknown>>(response: T | Promise<T>) {
  try {
    return await parseResponse(response);
  } catch (error) {
    if (!(error instanceof DetailedError)) throw error;
    const status = typeof error.statusCode === "number" ? error.statusCode : 0;
    const body: unknown = typeof error.detail === "object" && error.detail !== null ? error.detail.data : undefined;
    const { code, detail } = problemFields(body);
    throw new MarsadApiError(status, code, detail || error.message, body);
  }
}
