#!/usr/bin/env -S npx tsx
import type { Command } from "./commands/registry";
import { UsageError } from "./commands/registry";
import { gazetteerImportCommand } from "./commands/gazetteer-import";
import { summaryCommand } from "./commands/summary";
import { ingestCommand } from "./commands/ingest";
import { reextractCommand } from "./commands/reextract";
import { workerCommand } from "./commands/worker";

const commands: Command[] = [summaryCommand, gazetteerImportCommand, ingestCommand, workerCommand, reextractCommand];

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const list = commands.map((c) => `  ${c.name.padEnd(18)} ${c.summary}`).join("\n");
    process.stderr.write(`usage: marsad <command> [options]\n\ncommands:\n${list}\n`);
    return name ? 2 : 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`marsad ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    process.stderr.write(`marsad ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
