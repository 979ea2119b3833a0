import type { Logger } from "./logger";

/** Who made the request: the label of the API key used, never the key itself. */
export interface Principal {
  keyLabel: string;
}

/** Variables every handler can read from `c.var`. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    principal: Principal | null;
    /** Set when an Authorization header was sent but matched no key. */
    authFailure: "malformed" | "invalid" | null;
    clientAddress: string;
  };
}
