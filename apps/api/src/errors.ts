import { z } from "@hono/zod-openapi";

/** One failing field of a request: where (`query.from`, `body.text`) and why. */
export const FieldError = z
  .object({ path: z.string(), message: z.string(), code: z.string() })
  .openapi("FieldError");
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details: the single error shape of the whole API. */
export const Problem = z
  .object({
    type: z.string().openapi({ example: "urn:marsad:problem:validation_failed" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().openapi({ description: "Stable machine-readable code; `type` is `urn:marsad:problem:<code>`." }),
    requestId: z.string().optional(),
    errors: z.array(FieldError).optional().openapi({ description: "The failing fields, for validation problems." }),
    mergedInto: z.string().optional().openapi({ description: "For 410 Gone: the id the resource was merged into." }),
  })
  .openapi("Problem");
export type Problem = z.infer<typeof Problem>;

export type ProblemCode =
  | "validation_failed"
  | "malformed_body"
  | "unsupported_media_type"
  | "not_acceptable"
  | "payload_too_large"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "gone"
  | "method_not_allowed"
  | "rate_limited"
  | "unavailable"
  | "not_implemented"
  | "internal_error";

const TITLES: Record<ProblemCode, string> = {
  validation_failed: "The request is not valid",
  malformed_body: "The request body cannot be read",
  unsupported_media_type: "Unsupported content type",
  not_acceptable: "No acceptable representation",
  payload_too_large: "The request body is too large",
  unauthorized: "An API key is required",
  forbidden: "Not allowed",
  not_found: "Not found",
  gone: "Gone",
  method_not_allowed: "Method not allowed",
  rate_limited: "Too many requests",
  unavailable: "Service unavailable",
  not_implemented: "Not implemented",
  internal_error: "Internal error",
};

export interface ApiErrorOptions {
  errors?: FieldError[];
  headers?: Record<string, string>;
  mergedInto?: string;
}

/** The one error type of the API: thrown anywhere, turned into problem+json by `onError`. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly options: ApiErrorOptions = {},
  ) {
    super(message);
  }

  toProblem(instance: string, requestId: string | undefined): Problem {
    return {
      type: `urn:marsad:problem:${this.code}`,
      title: TITLES[this.code],
      status: this.status,
      detail: this.message,
      instance,
      code: this.code,
      ...(requestId ? { requestId } : {}),
      ...(this.options.errors ? { errors: this.options.errors } : {}),
      ...(this.options.mergedInto ? { mergedInto: this.options.mergedInto } : {}),
    };
  }
}

const TARGET_NAMES: Record<string, string> = { json: "body", form: "body", param: "path", query: "query", header: "header" };

export function validationError(target: string, issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[]): ApiError {
  const where = TARGET_NAMES[target] ?? target;
  const errors = issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
    code: issue.code,
  }));
  const summary = errors.map((error) => `${error.path}: ${error.message}`).join("; ");
  return new ApiError(400, "validation_failed", `Invalid ${where}: ${summary}`, { errors });
}

/** Maps statuses raised by libraries (Hono's HTTPException, body limit, media-type gate) to a problem code. */
export function codeForStatus(status: number): ProblemCode {
  switch (status) {
    case 400:
      return "malformed_body";
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 406:
      return "not_acceptable";
    case 410:
      return "gone";
    case 413:
      return "payload_too_large";
    case 415:
      return "unsupported_media_type";
    case 429:
      return "rate_limited";
    case 503:
      return "unavailable";
    default:
      return status >= 500 ? "internal_error" : "validation_failed";
  }
}

/** The OpenAPI response entry for a problem status. */
export function problemResponse(description: string) {
  return { description, content: { "application/problem+json": { schema: Problem } } };
}
