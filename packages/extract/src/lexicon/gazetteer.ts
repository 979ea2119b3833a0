import admin from "../../data/gazetteer/admin.json";
import daraaCity from "../../data/gazetteer/daraa-city.json";
import regions from "../../data/gazetteer/regions.json";
import south from "../../data/gazetteer/south.json";
import syria from "../../data/gazetteer/syria.json";
import { loadEntries } from "./load";
import { PlaceEntry } from "./types";

/** Every place of the built-in gazetteer. */
export function gazetteerEntries(): PlaceEntry[] {
  return [
    ...loadEntries("gazetteer/admin.json", PlaceEntry, admin),
    ...loadEntries("gazetteer/south.json", PlaceEntry, south),
    ...loadEntries("gazetteer/daraa-city.json", PlaceEntry, daraaCity),
    ...loadEntries("gazetteer/syria.json", PlaceEntry, syria),
    ...loadEntries("gazetteer/regions.json", PlaceEntry, regions),
  ];
}
