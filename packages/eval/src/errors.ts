/** Why an evaluation could not run at all: the set itself is unusable. The CLI exits 2 on these. */
export type EvalInputErrorCode = "bad_directory" | "no_gold_files" | "invalid_gold_file" | "missing_article";

export class EvalInputError extends Error {
  override readonly name = "EvalInputError";
  constructor(
    readonly code: EvalInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}
