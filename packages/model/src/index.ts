export { Article, IsoDate, OutletRef, RemovedSpan } from "./article";
export { Actor, Person, Place, Source } from "./entities";
export { ArgumentOrigin, Count, DatePrecision, Event, EventDate, Figure, FigureKind } from "./event";
export { extractionResultJsonSchema } from "./json-schema";
export { Mention, MentionKind } from "./mention";
export { ExtractionResult, ExtractionWarning } from "./result";
export { Span } from "./span";
export {
  ACTOR_CATEGORIES,
  ActorCategory,
  type ActorCategoryName,
  EVENT_TYPES,
  EventType,
  type EventTypeName,
  eventTypeOf,
  PlaceKind,
  SUB_EVENT_TYPES,
  SubEventType,
  type SubEventTypeName,
  TAXONOMY,
  WEAPON_NAMES,
  WEAPONS,
  Weapon,
  type WeaponName,
} from "./taxonomy";
