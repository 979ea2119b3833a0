// Sums the vitest JSON reports that this run's packages wrote (`.test-results/*.json`)
// into the one closing line CI reads: "Tests: N passed, N failed, N skipped".
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const startedAt = Number(process.argv[2] ?? 0) * 1000;
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const group of ["packages", "apps"]) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) {
    const pkg = join(group, name, "package.json");
    if (!existsSync(pkg) || !JSON.parse(readFileSync(pkg, "utf8")).scripts?.test) continue;
    const dir = join(group, name, ".test-results");
    const reports = existsSync(dir)
      ? readdirSync(dir)
          .filter((file) => file.endsWith(".json"))
          .map((file) => join(dir, file))
          .filter((file) => statSync(file).mtimeMs >= startedAt)
      : [];
    if (reports.length === 0) {
      missing.push(`${group}/${name}`);
      continue;
    }
    for (const report of reports) {
      const json = JSON.parse(readFileSync(report, "utf8"));
      passed += json.numPassedTests ?? 0;
      failed += json.numFailedTests ?? 0;
      skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    }
  }
}
if (missing.length > 0) console.log(`packages whose tests did not report: ${missing.join(", ")}`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing.length > 0 ? 1 : 0);
