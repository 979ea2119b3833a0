import type { z } from "@hono/zod-openapi";
import type * as schemas from "./schemas";

/** Response types by name, for TypeScript services (type-only: importing them loads nothing at run time). */
export type EventItem = z.infer<typeof schemas.EventItem>;
export type EventPage = z.infer<typeof schemas.EventPage>;
export type IncidentItem = z.infer<typeof schemas.IncidentItem>;
export type IncidentDetail = z.infer<typeof schemas.IncidentDetail>;
export type IncidentPage = z.infer<typeof schemas.IncidentPage>;
export type ArticleInput = z.input<typeof schemas.ArticleInput>;
export type ArticleSummary = z.infer<typeof schemas.ArticleSummary>;
export type ArticleDetail = z.infer<typeof schemas.ArticleDetail>;
export type ArticlePage = z.infer<typeof schemas.ArticlePage>;
export type IngestReport = z.infer<typeof schemas.IngestReport>;
export type PlaceItem = z.infer<typeof schemas.PlaceItem>;
export type PlaceDetail = z.infer<typeof schemas.PlaceDetail>;
export type ActorItem = z.infer<typeof schemas.ActorItem>;
export type ActorDetail = z.infer<typeof schemas.ActorDetail>;
export type Stats = z.infer<typeof schemas.Stats>;
export type Meta = z.infer<typeof schemas.Meta>;
export type Change = z.infer<typeof schemas.Change>;
export type ChangePage = z.infer<typeof schemas.ChangePage>;
export type Taxonomy = z.infer<typeof schemas.Taxonomy>;
export type FeatureCollection = z.infer<typeof schemas.GeoJsonFeatureCollection>;
