import { parseArgs, type ParseArgsConfig } from "node:util";
import { DatabaseConfigError, openDatabaseFromEnv, resolveDataDir, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import type { UserFailure } from "@/lib/users/user-schemas";

// Shared plumbing of the command-line scripts (user:*, db:*, fonts:subset):
// flags, the password, the database, and one way to fail (a message on
// stderr and exit code 1).

export class CliError extends Error {
  override name = "CliError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseFlags<T extends Options>(options: T, usage: string) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`);
  }
}

export function requireFlag(value: string | boolean | undefined, flag: string, usage: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new CliError(`Missing --${flag}.\n\n${usage}`);
  return value;
}

export function failWith(result: UserFailure): never {
  throw new CliError(result.error);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let answer = "";
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stdout.write("\n");
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (text: string) => {
      for (const character of text) {
        if (character === "\r" || character === "\n") return finish();
        if (character === "\u0003") return finish(new CliError("Cancelled."));
        if (character === "\u007f" || character === "\b") answer = answer.slice(0, -1);
        else answer += character;
      }
    };
    stdin.on("data", onData);
  });
}

/**
 * The new password: from --password, else the first line of standard input
 * when it is piped, else asked for twice at the terminal without echo.
 */
export async function readNewPassword(flag: string | boolean | undefined): Promise<string> {
  if (typeof flag === "string") return flag;
  if (!process.stdin.isTTY) {
    const line = (await readStdin()).split(/\r?\n/)[0] ?? "";
    if (!line) throw new CliError("No password given: pass --password, pipe it on standard input, or run in a terminal to be asked.");
    return line;
  }
  const password = await promptHidden("Password: ");
  const again = await promptHidden("Repeat the password: ");
  if (password !== again) throw new CliError("The two passwords differ; nothing was changed.");
  return password;
}

/** Which database the scripts work on, for their messages. Never DATABASE_URL itself: it usually holds a password. */
export function describeDatabase(): string {
  return process.env.DATABASE_URL ? "the PostgreSQL database named by DATABASE_URL" : `the PGlite database in ${resolveDataDir()}`;
}

/** Opens the configured database (DATABASE_URL or the PGlite data folder), migrated, and closes it afterwards. */
export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const handle = await openDatabaseFromEnv();
  try {
    await migrateDatabase(handle);
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

/** Runs a command: its message on stdout and exit 0, or an error on stderr and exit 1. */
export async function runCommand(command: () => Promise<string>): Promise<void> {
  try {
    console.log(await command());
    process.exitCode = 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof DatabaseConfigError) console.error(`Error: ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
  }
}
