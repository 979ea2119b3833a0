export type StoreErrorCode = "invalid_result" | "invalid_input" | "invalid_cursor" | "not_found" | "unreachable";

/** A failure a caller can act on: a code to branch on and a message for a person. */
export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}
