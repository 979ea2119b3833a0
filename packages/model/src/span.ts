import { z } from "zod";

/** A half-open range of UTF-16 offsets, `[start, end)`. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((span) => span.end >= span.start, { message: "end must not precede start" });
export type Span = z.infer<typeof Span>;
