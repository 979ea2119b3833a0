/** One CLI sub-command: `marsad <name> …`. Each lives in its own file and is listed in `main.ts`. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Returns the process exit code: 0 success, 1 partial failure, 2 bad usage or input. */
  run(args: string[]): Promise<number>;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}
