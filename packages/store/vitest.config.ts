import { defineConfig } from "vitest/config";

// Files run one at a time: the change feed withholds rows while any older transaction on the server is open
// (one suite holds one open on purpose), so parallel files on one PostgreSQL server would see each other's.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
});
