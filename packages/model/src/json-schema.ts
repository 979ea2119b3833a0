import { z } from "zod";
import { ExtractionResult } from "./result";

/** The JSON Schema of `ExtractionResult`, for tools that do not speak zod. */
export function extractionResultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExtractionResult, { target: "draft-2020-12" }) as Record<string, unknown>;
}
