import { ACTOR_CATEGORIES, type ActorCategoryName, PlaceKind } from "@marsad/model";
import type { Locale } from "@/i18n/routing";

function isActorCategory(value: string): value is ActorCategoryName {
  return Object.hasOwn(ACTOR_CATEGORIES, value);
}

/** ACLED's actor category in the page's language; unknown categories are shown as given. */
export function actorCategoryLabel(locale: Locale, category: string): string {
  return isActorCategory(category) ? ACTOR_CATEGORIES[category][locale] : category.replace(/_/g, " ");
}

export function isPlaceKind(value: string): value is PlaceKind {
  return PlaceKind.safeParse(value).success;
}
