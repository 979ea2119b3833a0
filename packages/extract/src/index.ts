export { ExtractInputError, type ExtractInputErrorCode } from "./errors";
export { createExtractor, DEFAULT_MAX_BYTES, type ExtractOptions, type Extractor, extract } from "./extract";
export { matchingKey, keyOf, type NormalizedText } from "./normalize/matching-key";
export type { PlaceEntry, ActorEntry, OutletEntry } from "./lexicon/types";
export { PlaceEntry as PlaceEntrySchema } from "./lexicon/types";
export { defaultLexicons } from "./lexicon/index";
export { EXTRACTOR_NAME, EXTRACTOR_VERSION } from "./version";
