import { createUser } from "@/lib/users/create-user";
import { createUserSchema, validationFailure } from "@/lib/users/user-schemas";
import { failWith, parseFlags, readNewPassword, requireFlag, runCommand, withDatabase } from "./cli";

const USAGE = `Usage: npm run user:create -- --email <email> --name "<full name>" --role <reporter|editor|admin> [--password <password>]
Without --password, the password is read from standard input when piped, or asked for in the terminal.`;

await runCommand(async () => {
  const flags = parseFlags(
    { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
    USAGE,
  );
  const input = {
    email: requireFlag(flags.email, "email", USAGE),
    name: requireFlag(flags.name, "name", USAGE),
    role: requireFlag(flags.role, "role", USAGE),
  };
  // Refuse a bad email, name or role before asking for a password, and a weak
  // password before opening the database.
  const early = createUserSchema.omit({ password: true }).safeParse(input);
  if (!early.success) failWith(validationFailure(early.error));
  const password = await readNewPassword(flags.password);
  const checked = createUserSchema.safeParse({ ...input, password });
  if (!checked.success) failWith(validationFailure(checked.error));

  const result = await withDatabase((db) =>
    createUser(db, { ...input, password }, { actorId: null, note: "Created with npm run user:create" }),
  );
  if (!result.ok) failWith(result);
  return `Created ${result.user.role} ${result.user.name} <${result.user.email}> (profile slug: ${result.user.slug}).`;
});
