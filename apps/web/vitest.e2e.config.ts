import { defineConfig } from "vitest/config";

// End-to-end: builds nothing itself; e2e/global-setup.ts starts the API and `next start` on free ports.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
