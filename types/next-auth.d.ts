import type { DefaultSession } from "next-auth";

// Masthead's session and token carry the user's id only (see lib/auth/auth-options.ts);
// everything else about the person is read from the database per request.
declare module "next-auth" {
  interface Session {
    user: { id: string };
    expires: DefaultSession["expires"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sub?: string;
  }
}
