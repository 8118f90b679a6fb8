/**
 * Demo mode lists the demo accounts on the sign-in page (and lets the seed
 * create them). It is on in development, and in production only when the
 * operator asks for it with MASTHEAD_DEMO=1, never by accident.
 */
export function isDemoMode(): boolean {
  return process.env.NODE_ENV === "development" || process.env.MASTHEAD_DEMO === "1";
}
