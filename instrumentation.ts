export async function register() {
  // Only the Node.js server process talks to the database; the build does not.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/server/start-server");
  await startServer();
}
