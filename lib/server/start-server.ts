import { getDatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isDemoMode } from "@/lib/demo-mode";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { seedDemoNewsroom } from "@/lib/demo/seed-demo-newsroom";
import { getMediaStorage } from "@/lib/media/storage";
import { exposeViewBeacon } from "@/lib/views/expose-view-beacon";
import { startWorkflowScheduler } from "@/lib/workflow/start-workflow-scheduler";

/**
 * Runs once per server process before it takes requests: applies pending
 * migrations and, in demo mode only, fills an empty database with the demo
 * newsroom. Production never gets demo content.
 */
export async function startServer(): Promise<void> {
  const handle = await getDatabaseHandle();
  await migrateDatabase(handle);
  // Publishes scheduled stories when due (and any that came due while the server was down).
  startWorkflowScheduler();
  // Lets `npm start`'s server answer view beacons without Next's request path.
  exposeViewBeacon(process.env.NODE_ENV !== "production");
  if (!isDemoMode()) return;
  const result = await seedDemoNewsroom(handle.db, getMediaStorage());
  if (result.seeded) {
    console.log("\nMasthead demo newsroom created. Sign in at /signin with:");
    console.table(DEMO_ACCOUNTS.map(({ role, email, password }) => ({ role, email, password })));
  } else {
    console.log(`Masthead demo mode: demo accounts are ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} (passwords on /signin).`);
  }
}
