/** The API's response schemas (zod), for services that want to validate what they receive. */
export { Problem, FieldError } from "./errors";
export { ActorDetail, ActorItem, ActorPage } from "./routes/actors/schema";
export { ArticleDetail, ArticleInput, ArticlePage, ArticleSummary, IngestItem, IngestReport } from "./routes/articles/schema";
export { Change, ChangePage } from "./routes/changes/list";
export { ActorLabel, EventItem, EventPage, GeoJsonFeatureCollection, NamedRef, PlaceLabel } from "./routes/events/schema";
export { ExtractRequest } from "./routes/extract/schema";
export { IncidentDetail, IncidentItem, IncidentPage } from "./routes/incidents/schema";
export { Meta } from "./routes/meta/get";
export { PlaceDetail, PlaceItem, PlacePage } from "./routes/places/schema";
export { Stats } from "./routes/stats/get";
export { Taxonomy } from "./routes/taxonomy/schema";
