#!/usr/bin/env -S npx tsx
import { findRepoRoot, runCli } from "./cli";
import { invocationDir } from "./env";

// `pnpm eval --json | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: invocationDir(),
  repoRoot: findRepoRoot(),
});
