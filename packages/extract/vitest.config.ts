import { defineConfig } from "vitest/config";

// Some tests are exhaustive (every UTF-16 unit) or build every lexicon first: seconds when the machine is shared.
export default defineConfig({ test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], testTimeout: 30_000 } });
