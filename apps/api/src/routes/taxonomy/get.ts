import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ACTOR_CATEGORIES, EVENT_TYPES, TAXONOMY, WEAPON_NAMES, WEAPONS } from "@marsad/model";
import type { AppEnv } from "../../context";
import { cacheFor } from "../../middleware/cache";
import { Taxonomy } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/taxonomy",
  tags: ["Reference"],
  summary: "Event types, sub-types, weapons, actor categories and precision codes, in Arabic and English",
  middleware: [cacheFor(3600)] as const,
  responses: { 200: { description: "The taxonomy", content: { "application/json": { schema: Taxonomy } } } },
});

function buildTaxonomy(): Taxonomy {
  return {
    eventTypes: EVENT_TYPES.map((type) => ({
      en: type,
      ar: TAXONOMY[type].ar,
      subTypes: Object.entries(TAXONOMY[type].subTypes).map(([en, ar]) => ({ en, ar: String(ar) })),
    })),
    weapons: WEAPON_NAMES.map((id) => ({ id, en: WEAPONS[id].en, ar: WEAPONS[id].ar })),
    actorCategories: Object.entries(ACTOR_CATEGORIES).map(([id, category]) => ({ id, ...category })),
    precision: {
      time: [
        { code: 1, en: "Day known", ar: "اليوم معروف" },
        { code: 2, en: "Week known", ar: "الأسبوع معروف" },
        { code: 3, en: "Month (or less precise) known", ar: "الشهر معروف" },
      ],
      geo: [
        { code: 1, en: "The named town or village", ar: "البلدة أو القرية المسماة" },
        { code: 2, en: "Near the named place or a small area", ar: "قرب المكان المسمى أو منطقة صغيرة" },
        { code: 3, en: "A larger region", ar: "منطقة أوسع" },
      ],
    },
  };
}

export function taxonomyRoutes() {
  const taxonomy = buildTaxonomy();
  return new OpenAPIHono<AppEnv>().openapi(route, (c) => c.json(taxonomy, 200));
}
