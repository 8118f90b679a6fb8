import { deactivateUser, reactivateUser } from "@/lib/users/set-user-active";
import { failWith, parseFlags, requireFlag, runCommand, withDatabase } from "./cli";

const USAGE = "Usage: npm run user:deactivate -- --email <email> [--reactivate]";

await runCommand(async () => {
  const flags = parseFlags({ email: { type: "string" }, reactivate: { type: "boolean", default: false } }, USAGE);
  const input = { email: requireFlag(flags.email, "email", USAGE) };
  const reactivate = flags.reactivate === true;

  const result = await withDatabase((db) =>
    reactivate
      ? reactivateUser(db, input, { actorId: null, note: "Reactivated with npm run user:deactivate -- --reactivate" })
      : deactivateUser(db, input, { actorId: null, note: "Deactivated with npm run user:deactivate" }),
  );
  if (!result.ok) failWith(result);
  const who = `${result.user.name} <${result.user.email}>`;
  if (!result.changed) return `${who} is already ${result.active ? "active" : "deactivated"}; nothing changed.`;
  return result.active
    ? `${who} is active again and can sign in.`
    : `${who} is deactivated: they cannot sign in, and their open sessions end on their next request.`;
});
