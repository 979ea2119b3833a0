import type { Store } from "@marsad/store";
import type { Env } from "../env";
import type { AsyncExtractor } from "../extract-pool";
import { ApiError } from "../errors";
import type { Reference } from "./reference";

/** What the data routes need: the store (null when the app runs without a database), names, the extractor. */
export interface DataDeps {
  store: Store | null;
  reference: Reference;
  extractor: AsyncExtractor;
  env: Env;
}

export function requireStore(deps: DataDeps): Store {
  if (deps.store === null) throw new ApiError(503, "unavailable", "This server runs without a database: only extraction and reference data are served.");
  return deps.store;
}
