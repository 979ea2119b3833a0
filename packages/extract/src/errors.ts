/** The only errors `extract` throws: the input itself is unusable. Anything else is a bug. */
export type ExtractInputErrorCode = "empty_input" | "input_too_large" | "invalid_option";

export class ExtractInputError extends Error {
  override readonly name = "ExtractInputError";
  constructor(
    readonly code: ExtractInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}
