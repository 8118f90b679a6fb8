import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authorizeCredentials, type AuthorizeResult } from "./authorize-credentials";
import { clientIpFromHeaders } from "./client-ip";
import { getAuthSecret } from "./secret";

const SIGN_IN_UNAVAILABLE_MESSAGE = "Sign-in is unavailable right now. Try again in a moment.";

let options: AuthOptions | undefined;

/**
 * Built on first use rather than at import, so `next build` (which loads the
 * route without a secret in the environment) does not trip the production
 * secret check; the running server still refuses to work without one.
 */
export function getAuthOptions(): AuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt" },
    pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          let result: AuthorizeResult;
          try {
            result = await authorizeCredentials(await getDb(), {
              email: credentials?.email,
              password: credentials?.password,
              ip: clientIpFromHeaders(request.headers),
            });
          } catch (error) {
            // next-auth would show this error's own text to the visitor; keep internals in the log.
            console.error("Sign-in failed unexpectedly", error);
            throw new Error(SIGN_IN_UNAVAILABLE_MESSAGE);
          }
          // next-auth hands a thrown message to the client as `error`, which the form shows.
          if (!result.ok) throw new Error(result.error);
          return { id: result.user.id };
        },
      }),
    ],
    callbacks: {
      // The token carries the user id and nothing else: name, role and the
      // active flag are read from the database on every request instead.
      jwt({ token, user }) {
        return { sub: user?.id ?? token.sub };
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub ?? "" } };
      },
    },
  };
  return options;
}
