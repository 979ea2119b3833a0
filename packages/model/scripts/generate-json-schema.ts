import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractionResultJsonSchema } from "../src/json-schema";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "schema", "extraction-result.json");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(extractionResultJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
