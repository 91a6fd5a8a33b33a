import { defineConfig } from "vitest/config";
import { ensureTlsMaterial } from "./emulator/tls.ts";

// Integration and browser tests call the emulator and the harness over HTTPS with Node's fetch.
// Node reads NODE_EXTRA_CA_CERTS only at start-up, so it is set here, before the worker processes
// (pool "forks") are spawned, and they inherit it.
const tls = await ensureTlsMaterial();
process.env["NODE_EXTRA_CA_CERTS"] = tls.caPath;

export default defineConfig({
  test: {
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: [
            "src/**/*.test.ts",
            "emulator/**/*.test.ts",
            "scripts/**/*.test.ts",
            "harness/**/*.test.ts",
            "test/unit/**/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["src/**/*.test.tsx"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["test/integration/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time on a two-core machine.
          fileParallelism: false,
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["src/**/*.{ts,tsx}"],
      exclude: ["src/**/*.test.{ts,tsx}"],
      reporter: ["text-summary", "text", "html"],
      reportsDirectory: "coverage",
      thresholds: {
        "src/domain/**": { lines: 95, branches: 95, functions: 95, statements: 95 },
      },
    },
  },
});
