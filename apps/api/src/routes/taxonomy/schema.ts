import { z } from "@hono/zod-openapi";

const Label = z.object({ en: z.string(), ar: z.string() });

export const Taxonomy = z
  .object({
    eventTypes: z.array(
      Label.extend({
        subTypes: z.array(Label),
      }),
    ),
    weapons: z.array(Label.extend({ id: z.string() })),
    actorCategories: z.array(Label.extend({ id: z.string(), inter: z.number().int() })),
    precision: z.object({
      time: z.array(z.object({ code: z.number().int(), en: z.string(), ar: z.string() })),
      geo: z.array(z.object({ code: z.number().int(), en: z.string(), ar: z.string() })),
    }),
  })
  .openapi("Taxonomy");
export type Taxonomy = z.infer<typeof Taxonomy>;
