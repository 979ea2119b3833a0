export { ExtractInputError, type ExtractInputErrorCode } from "./errors";
export { createExtractor, DEFAULT_MAX_BYTES, type ExtractOptions, type Extractor, extract } from "./extract";
export { matchingKey, keyOf, type NormalizedText } from "./normalize/matching-key";
export type { PlaceEntry, ActorEntry, OutletEntry } from "./lexicon/types";
export { PlaceEntry as PlaceEntrySchema } from "./lexicon/types";
export { defaultLexicons } from "./lexicon/index";
export { EXTRACTOR_NAME, EXTRACTOR_VERSION } from "./version";
export { gazetteerEntries } from "./lexicon/gazetteer";
export {
  GAZETTEER_CSV_COLUMNS,
  type GazetteerCsvError,
  type GazetteerCsvResult,
  parseGazetteerCsv,
} from "./lexicon/gazetteer-csv";
export { formatUserGazetteer, mergePlaces, parseUserGazetteer, type UserGazetteerResult } from "./lexicon/gazetteer-user";
