import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { StoreError } from "@marsad/store";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../context";
import { ApiError, codeForStatus } from "../errors";
import type { Logger } from "../logger";

function problemResponse(c: Context<AppEnv>, error: ApiError): Response {
  const body = error.toProblem(c.req.path, c.var.requestId);
  const headers = new Headers({ "Content-Type": "application/problem+json", "Cache-Control": "no-store" });
  for (const [name, value] of Object.entries(error.options.headers ?? {})) headers.set(name, value);
  return new Response(JSON.stringify(body), { status: error.status, headers });
}

/** Every failure leaves as RFC 9457 problem+json; unexpected errors are logged with their stack and hidden. */
export function problemHandlers(logger: Logger): { onError: ErrorHandler<AppEnv>; notFound: NotFoundHandler<AppEnv> } {
  const onError: ErrorHandler<AppEnv> = (error, c) => {
    if (error instanceof ApiError) return problemResponse(c, error);
    if (error instanceof StoreError && error.code !== "invalid_result") {
      const status = error.code === "not_found" ? 404 : error.code === "unreachable" ? 503 : 400;
      const code = status === 400 ? "validation_failed" : codeForStatus(status);
      return problemResponse(c, new ApiError(status, code, error.message));
    }
    if (error instanceof HTTPException) {
      const detail =
        error.status === 415
          ? `Content-Type "${c.req.header("content-type") ?? ""}" is not accepted by ${c.req.method} ${c.req.path}; /docs lists the accepted types.`
          : error.message || "The request cannot be processed.";
      return problemResponse(c, new ApiError(error.status, codeForStatus(error.status), detail));
    }
    logger.error("unhandled error", {
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    });
    return problemResponse(
      c,
      new ApiError(500, "internal_error", `An unexpected error occurred; quote request id ${c.var.requestId} when reporting it.`),
    );
  };
  const notFound: NotFoundHandler<AppEnv> = (c) =>
    problemResponse(c, new ApiError(404, "not_found", `No route for ${c.req.method} ${c.req.path}; the API is described at /docs.`));
  return { onError, notFound };
}

export function throwPayloadTooLarge(limit: number) {
  return (): never => {
    // The rest of the body is never read: close the connection so the client does not reuse a half-read socket.
    throw new ApiError(413, "payload_too_large", `The request body is larger than ${limit} bytes.`, { headers: { Connection: "close" } });
  };
}
