import { DatabaseConfigError, openDatabaseFromEnv, resolveDataDir } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { seedDemoNewsroom } from "@/lib/demo/seed-demo-newsroom";
import { getMediaStorage, mediaRootFolder } from "@/lib/media/storage";
import { describeDatabase } from "./cli";

// `npm run db:seed`: migrates the configured database and fills it with the
// demo newsroom, but only when it has no users yet.

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ")}`.trimEnd()).join("\n");
}

async function main(): Promise<void> {
  const handle = await openDatabaseFromEnv();
  try {
    await migrateDatabase(handle);
    const started = performance.now();
    const result = await seedDemoNewsroom(handle.db, getMediaStorage());
    const seconds = ((performance.now() - started) / 1000).toFixed(1);

    if (!result.seeded) {
      console.log(
        `Nothing seeded: ${describeDatabase()} already has users. The demo newsroom is only ever added to an empty database, ` +
          "so that it can never mix with a real newsroom's content.",
      );
      if (!process.env.DATABASE_URL) console.log(`To start over with the demo, stop the app and delete ${resolveDataDir()}.`);
      return;
    }

    const { articles } = result;
    const statuses = Object.entries(articles.byStatus)
      .map(([status, count]) => `${count} ${status.replaceAll("_", " ")}`)
      .join(", ");
    console.log(`Seeded the demo newsroom "${result.publication}" into ${describeDatabase()} in ${seconds} s:`);
    console.log(`  ${result.sections} sections, ${result.tags} tags, ${result.people.length} people, ${result.images} lead images`);
    console.log(
      `  ${articles.total} articles: ${articles.byLanguage.en} in English, ${articles.byLanguage.km} in Khmer, ` +
        `${articles.translated} stories in both languages`,
    );
    console.log(`  by status: ${statuses}`);
    console.log(`  image files in ${mediaRootFolder()}`);
    console.log("\nDemo accounts (sign in at /signin):");
    console.log(table([["Role", "Name", "Email", "Password"], ...DEMO_ACCOUNTS.map((account) => [account.role, account.name, account.email, account.password])]));
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseConfigError) console.error(`Error: ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
});
