import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// `npm test` runs all four projects. unit, components and integration run side
// by side; e2e runs after them (a later groupOrder), one file at a time, so the
// production server it starts does not compete with them for the two cores.
export default defineConfig({
  // Same as tsconfig's paths: "@/x" is the file x at the repo root.
  resolve: { alias: [{ find: /^@\//, replacement: root }] },
  // There is no @vitejs/plugin-react: Vite's own transform compiles JSX for React's automatic runtime.
  oxc: { jsx: { runtime: "automatic", importSource: "react" } },
  test: {
    // Two workers on two cores: integration files mostly wait on the database.
    // Every project of one groupOrder must share one worker count.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "components",
          environment: "jsdom",
          include: ["tests/components/**/*.test.tsx"],
          setupFiles: ["tests/support/components-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          // Migrates a template database once per run when DATABASE_URL is set.
          globalSetup: ["tests/support/integration-global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          // Builds the app, prepares a database and starts `next start` (see the file).
          globalSetup: ["tests/e2e/support/global-setup.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
