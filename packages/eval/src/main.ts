#!/usr/bin/env -S npx tsx
import { findRepoRoot, runCli } from "./cli";
import { invocationDir } from "./env";

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: invocationDir(),
  repoRoot: findRepoRoot(),
});
