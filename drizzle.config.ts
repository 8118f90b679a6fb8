import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema only; they are applied by
// db/migrate.ts through whichever driver the app uses, never by drizzle-kit
// against a live PGlite folder (two processes on one folder corrupt it).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
