/** Bumped whenever extraction output can change: stored articles with an older version are re-extracted. */
export const EXTRACTOR_NAME = "marsad";
export const EXTRACTOR_VERSION = "0.1.0";
