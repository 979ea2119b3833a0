import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ExtractInputError } from "@marsad/extract";
import type { ExtractionResult } from "@marsad/model";
import type { TypedResponse } from "hono";
import type { AppEnv } from "../../context";
import type { AsyncExtractor } from "../../extract-pool";
import { ApiError, problemResponse } from "../../errors";
import { bodyText } from "../../middleware/body";
import { throwPayloadTooLarge } from "../../middleware/problems";
import { ExtractQuery, ExtractRequest, ExtractResponse } from "./schema";

const route = createRoute({
  method: "post",
  path: "/v1/extract",
  tags: ["Extraction"],
  summary: "Extract events from one article",
  description:
    "Stateless: turns one Arabic article (JSON `{text|html, published?}`, or a raw `text/plain` / `text/html` body) into the extraction result. Nothing is stored.",
  request: {
    query: ExtractQuery,
    body: {
      required: false,
      content: {
        "application/json": { schema: ExtractRequest },
        "text/plain": { schema: z.string().openapi({ description: "The article as plain text." }) },
        "text/html": { schema: z.string().openapi({ description: "The article as HTML." }) },
      },
    },
  },
  responses: {
    200: { description: "What the extractor found", content: { "application/json": { schema: ExtractResponse } } },
    400: problemResponse("Malformed body, missing text, or an invalid `published` date"),
    413: problemResponse("Body larger than the configured limit"),
    415: problemResponse("Content type other than JSON, text/plain or text/html"),
    429: problemResponse("Rate limit exceeded"),
  },
});

interface Input {
  text: string;
  format: "text" | "html";
  published: string | undefined;
}

async function run(extractor: AsyncExtractor, input: Input, maxBytes: number): Promise<string> {
  try {
    return await extractor.extractJson(input.text, { format: input.format, published: input.published ?? null, maxBytes });
  } catch (error) {
    if (!(error instanceof ExtractInputError)) throw error;
    if (error.code === "input_too_large") throw new ApiError(413, "payload_too_large", error.message);
    const path = error.code === "empty_input" ? "body.text" : "body.published";
    throw new ApiError(400, "validation_failed", error.message, { errors: [{ path, message: error.message, code: error.code }] });
  }
}

export function extractRoutes(extractor: AsyncExtractor, maxBytes: number) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const query = c.req.valid("query");
    let input: Input;
    if (type === "application/json") {
      const body = c.req.valid("json");
      // The validator only ever yields the JSON object schema here; the string case is the raw-text media types.
      if (typeof body === "string") throw new ApiError(400, "malformed_body", "Expected a JSON object `{text|html, published?}`.");
      input =
        body.html !== undefined
          ? { text: body.html, format: "html", published: body.published }
          : { text: body.text ?? "", format: "text", published: body.published };
    } else if (type === "text/plain" || type === "text/html") {
      const text = await bodyText(c, maxBytes, throwPayloadTooLarge(maxBytes));
      input = { text, format: type === "text/html" ? "html" : "text", published: query.published };
    } else {
      throw new ApiError(415, "unsupported_media_type", "Send application/json `{text|html, published?}`, text/plain or text/html.");
    }
    // The extractor's JSON text is the answer as is: no parse and re-serialization on this thread, and no response
    // validation (the text is the typed extractor's own result). The cast keeps the RPC client's type for the route.
    const json = await run(extractor, input, maxBytes);
    return c.body(json, 200, { "Content-Type": "application/json" }) as unknown as TypedResponse<ExtractionResult, 200, "json">;
  });
}
