/** Parsed arguments of `extract FILE… [--published YYYY-MM-DD] [--html]`. */
export interface ExtractArgs {
  paths: string[];
  published: string | null;
  html: boolean;
  maxBytes: number | null;
}

export class ArgsError extends Error {
  override readonly name = "ArgsError";
}

export function parseArgs(argv: readonly string[]): ExtractArgs {
  const args: ExtractArgs = { paths: [], published: null, html: false, maxBytes: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--html") args.html = true;
    else if (arg === "--published" || arg === "--max-bytes") {
      const value = argv[++i];
      if (value === undefined) throw new ArgsError(`${arg} needs a value`);
      if (arg === "--published") {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new ArgsError(`--published must be YYYY-MM-DD, got "${value}"`);
        args.published = value;
      } else {
        const bytes = Number(value);
        if (!Number.isInteger(bytes) || bytes <= 0) throw new ArgsError(`--max-bytes must be a positive whole number, got "${value}"`);
        args.maxBytes = bytes;
      }
    } else if (arg.startsWith("--")) throw new ArgsError(`unknown option ${arg}`);
    else args.paths.push(arg);
  }
  if (args.paths.length === 0) throw new ArgsError("give at least one file or directory");
  return args;
}
