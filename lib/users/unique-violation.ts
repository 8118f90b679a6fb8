type PgError = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

/**
 * Whether a failed query broke the named unique index. Drizzle wraps the
 * driver's error in `cause`; postgres-js names the index `constraint_name`,
 * PGlite `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const candidate = current as PgError;
    if (candidate.code === "23505") {
      return candidate.constraint === constraint || candidate.constraint_name === constraint;
    }
    current = candidate.cause;
  }
  return false;
}
