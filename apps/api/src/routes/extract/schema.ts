import { z } from "@hono/zod-openapi";
import { ExtractionResult } from "@marsad/model";
import { CalendarDate } from "../../data/calendar-date";

export const ExtractRequest = z
  .strictObject({
    text: z.string().optional().openapi({ description: "The article as plain text." }),
    html: z.string().optional().openapi({ description: "The article as an HTML page or fragment." }),
    published: CalendarDate.optional().openapi({ description: "Publication date known from outside the text (YYYY-MM-DD)." }),
  })
  .refine((body) => (body.text === undefined) !== (body.html === undefined), {
    message: "give exactly one of `text` or `html`",
    path: ["text"],
  })
  .openapi("ExtractRequest", {
    example: { text: "قصفت قوات النظام مدينة طفس بريف درعا الغربي صباح اليوم.", published: "2018-07-04" },
  });
export type ExtractRequest = z.infer<typeof ExtractRequest>;

export const ExtractQuery = z.strictObject({
  published: CalendarDate.optional().openapi({
    param: { name: "published", in: "query" },
    description: "Publication date for raw text/plain or text/html bodies (YYYY-MM-DD).",
  }),
});

export const ExtractResponse = ExtractionResult.meta({ id: "ExtractionResult" });
