import { setUserRole } from "@/lib/users/set-user-role";
import { failWith, parseFlags, requireFlag, runCommand, withDatabase } from "./cli";

const aRole = (role: string) => `${role === "admin" ? "an" : "a"} ${role}`;

const USAGE = "Usage: npm run user:set-role -- --email <email> --role <reporter|editor|admin>";

await runCommand(async () => {
  const flags = parseFlags({ email: { type: "string" }, role: { type: "string" } }, USAGE);
  const input = { email: requireFlag(flags.email, "email", USAGE), role: requireFlag(flags.role, "role", USAGE) };

  const result = await withDatabase((db) => setUserRole(db, input, { actorId: null, note: "Changed with npm run user:set-role" }));
  if (!result.ok) failWith(result);
  if (!result.changed) return `${result.user.name} <${result.user.email}> is already ${aRole(result.to)}; nothing changed.`;
  return `${result.user.name} <${result.user.email}> is now ${aRole(result.to)} (was ${result.from}). It applies from their next request.`;
});
