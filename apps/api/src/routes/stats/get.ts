import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { EVENT_TYPES, SUB_EVENT_TYPES, TAXONOMY } from "@marsad/model";
import { CountBy } from "@marsad/store";
import type { AppEnv } from "../../context";
import { type DataDeps, requireStore } from "../../data/deps";
import { storeFilter } from "../../data/filters";
import type { Reference } from "../../data/reference";
import { problemResponse } from "../../errors";
import { cacheFor } from "../../middleware/cache";
import { filterFields } from "../events/schema";

const StatsQuery = z
  .strictObject({ ...filterFields, by: CountBy.default("day").openapi({ description: "Group events by day, month, place, admin1–3, type, subType or outlet." }) })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "`from` must not be after `to`", path: ["from"] });

export const Stats = z
  .object({
    by: CountBy,
    rows: z.array(
      z.object({
        key: z.string().nullable(),
        label: z.object({ name: z.string(), nameEn: z.string() }).nullable(),
        events: z.number().int(),
        fatalities: z.number().int().openapi({ description: "Sum of each event's best fatality figure." }),
      }),
    ),
  })
  .openapi("Stats");

const route = createRoute({
  method: "get",
  path: "/v1/stats",
  tags: ["Reference"],
  summary: "Event counts (and fatalities) by day, month, place, type or outlet, for charts",
  middleware: [cacheFor(60)] as const,
  request: { query: StatsQuery },
  responses: {
    200: { description: "Counts", content: { "application/json": { schema: Stats } } },
    400: problemResponse("Unknown parameter or invalid filter"),
  },
});

function labelOf(reference: Reference, by: CountBy, key: string | null): { name: string; nameEn: string } | null {
  if (key === null) return null;
  if (by === "place" || by === "admin1" || by === "admin2" || by === "admin3") return reference.place(key);
  if (by === "outlet") return reference.outlet(key);
  const type = EVENT_TYPES.find((name) => name === key);
  if (by === "type" && type) return { name: TAXONOMY[type].ar, nameEn: type };
  if (by === "subType" && SUB_EVENT_TYPES.some((name) => name === key)) {
    for (const parent of EVENT_TYPES) {
      const ar = Object.entries(TAXONOMY[parent].subTypes).find(([en]) => en === key)?.[1];
      if (ar) return { name: String(ar), nameEn: key };
    }
  }
  return null;
}

export function statsRoutes(deps: DataDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const { by, ...query } = c.req.valid("query");
    const filter = storeFilter(query, deps.reference);
    const counted = filter ? await requireStore(deps).countEvents(by, filter) : [];
    const rows = counted.map((row) => {
      const label = labelOf(deps.reference, by, row.key);
      return { ...row, label: label ? { name: label.name, nameEn: label.nameEn } : null };
    });
    return c.json({ by, rows }, 200);
  });
}
