import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getAuthOptions } from "./auth-options";
import { DEACTIVATED_MESSAGE } from "./authorize-credentials";
import { safeCallbackPath } from "./callback-url";
import { userCan, type Permission } from "./permissions";
import { recordAuthorizationDenied, type AuditTarget } from "./record-authorization-denied";
import { loadSessionState, type CurrentUser, type SessionState } from "./session-state";

// Server-only by construction: next/headers (through next-auth) and the
// database cannot load in a browser bundle. The `server-only` package is not
// installed, so that guard is not imported.

export type { CurrentUser } from "./session-state";

// Once per request: the token names the person, the database says what they may do.
const readSessionState = cache(async (): Promise<SessionState> => {
  // Touch the request first: it marks the page as dynamic, so `next build`
  // never prerenders it and never needs the session secret.
  await headers();
  const session = await getServerSession(getAuthOptions());
  return loadSessionState(await getDb(), session?.user?.id);
});

/** The signed-in, active person, or null (signed out, deactivated, or unknown). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const state = await readSessionState();
  return state.status === "active" ? state.user : null;
});

function signInUrl(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(safeCallbackPath(returnTo))}`;
}

/**
 * For pages and layouts: the active person, or a redirect to sign in (back to
 * `returnTo` afterwards). A deactivated account is sent to the sign-in page
 * with a message saying so.
 */
export async function requireUser(returnTo = "/newsroom"): Promise<CurrentUser> {
  const state = await readSessionState();
  if (state.status === "deactivated") redirect("/signin?error=deactivated");
  if (state.status === "signed-out") redirect(signInUrl(returnTo));
  return state.user;
}

export type RequirePermissionOptions = {
  /** The page's own path, to come back to after signing in; also the audit target. */
  path?: string;
  /** What was being accessed, for the audit log; defaults to the page. */
  target?: AuditTarget;
};

function auditTarget(permission: Permission, options: RequirePermissionOptions): AuditTarget {
  if (options.target) return options.target;
  return options.path ? { type: "page", id: options.path } : { type: "permission", id: permission };
}

/** For pages: the person if they hold `permission`; otherwise the audited 403 page (forbidden.tsx). */
export async function requirePermission(permission: Permission, options: RequirePermissionOptions = {}): Promise<CurrentUser> {
  const user = await requireUser(options.path);
  if (userCan(user, permission)) return user;
  await recordAuthorizationDenied(await getDb(), {
    actorId: user.id,
    role: user.role,
    permission,
    target: auditTarget(permission, options),
    reason: "forbidden",
  });
  forbidden();
}

export type ActionAuthorization =
  | { ok: true; user: CurrentUser }
  | { ok: false; reason: "signed-out" | "deactivated" | "forbidden"; error: string };

export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again to continue.";

export function forbiddenMessage(role: CurrentUser["role"]): string {
  return `You don't have permission to do this (your role: ${role}).`;
}

/**
 * For server actions and route handlers: never redirects or throws, so the
 * action can return the message to its form. Denials by a known person are
 * written to the audit log.
 */
export async function authorizeAction(permission: Permission, target?: AuditTarget): Promise<ActionAuthorization> {
  const state = await readSessionState();
  const resolvedTarget = target ?? { type: "permission", id: permission };
  if (state.status === "signed-out") return { ok: false, reason: "signed-out", error: SIGNED_OUT_MESSAGE };
  if (state.status === "deactivated") {
    await recordAuthorizationDenied(await getDb(), {
      actorId: state.userId,
      role: null,
      permission,
      target: resolvedTarget,
      reason: "deactivated",
    });
    return { ok: false, reason: "deactivated", error: DEACTIVATED_MESSAGE };
  }
  if (userCan(state.user, permission)) return { ok: true, user: state.user };
  await recordAuthorizationDenied(await getDb(), {
    actorId: state.user.id,
    role: state.user.role,
    permission,
    target: resolvedTarget,
    reason: "forbidden",
  });
  return { ok: false, reason: "forbidden", error: forbiddenMessage(state.user.role) };
}
