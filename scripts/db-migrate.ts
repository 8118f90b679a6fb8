import { openDatabaseFromEnv } from "@/db/client";
import { countAppliedMigrations, listMigrationTags, migrateDatabase } from "@/db/migrate";
import { describeDatabase, runCommand } from "./cli";

// `npm run db:migrate`: applies the pending migrations to the configured
// database (DATABASE_URL, else the PGlite folder) and says what it did. The
// server does the same when it starts; this lets a deployment migrate first.

void runCommand(async () => {
  const tags = listMigrationTags();
  const handle = await openDatabaseFromEnv();
  try {
    const before = await countAppliedMigrations(handle);
    await migrateDatabase(handle);
    const after = await countAppliedMigrations(handle);
    const applied = after - before;
    const latest = tags.at(-1) ?? "none";
    return applied === 0
      ? `Nothing to apply: ${describeDatabase()} already has all ${after} migrations (latest ${latest}).`
      : `Applied ${applied} migration${applied === 1 ? "" : "s"} to ${describeDatabase()}; it now has all ${after} (latest ${latest}).`;
  } finally {
    await handle.close();
  }
});
