import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resolveDataDir } from "@/db/client";

export const SECRET_FILE_NAME = "nextauth-secret";

export class MissingAuthSecretError extends Error {
  override name = "MissingAuthSecretError";
  constructor() {
    super(
      "NEXTAUTH_SECRET is not set. Masthead signs sessions with it and will not run in production without one: " +
        "set it to a long random value, for example `export NEXTAUTH_SECRET=$(openssl rand -base64 32)`.",
    );
  }
}

function readSecretFile(file: string): string | null {
  try {
    const value = fs.readFileSync(file, "utf8").trim();
    return value.length >= 32 ? value : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * A development secret kept in the data folder, so sessions survive a restart
 * of `npm run dev` without anyone having to configure one.
 */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, SECRET_FILE_NAME);
  const existing = readSecretFile(file);
  if (existing) return existing;
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": if another process wrote one first, keep theirs (read below).
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const winner = readSecretFile(file);
  if (winner) return winner;
  // A file too short to be a secret (hand-edited or truncated): replace it.
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return secret;
}

let cached: string | undefined;

/** NEXTAUTH_SECRET, or in development a random secret stored once in the data folder. */
export function getAuthSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) {
    cached = fromEnv;
  } else if (process.env.NODE_ENV === "production") {
    throw new MissingAuthSecretError();
  } else {
    cached = developmentSecret(resolveDataDir());
  }
  return cached;
}
