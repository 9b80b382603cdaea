import { defineConfig } from "vitest/config";

// Browser tests: Node drives Debian's Chromium (playwright-core) against the built `dist/`.
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
