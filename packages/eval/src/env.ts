import { z } from "zod";

const Env = z.object({
  /** Where the user typed `pnpm eval`: pnpm runs the script in the package folder but keeps this. */
  INIT_CWD: z.string().min(1).optional(),
});

/** The directory the user's relative paths are relative to. */
export function invocationDir(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = Env.safeParse(env);
  return (parsed.success ? parsed.data.INIT_CWD : undefined) ?? process.cwd();
}
