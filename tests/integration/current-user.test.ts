import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { userCan } from "@/lib/auth/permissions";
import { loadSessionState } from "@/lib/auth/session-state";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createUser } from "../support/factories";

// Only the edges that need a running Next request are replaced: the request
// headers, the session cookie (getServerSession) and the process-wide database handle.
const edges = vi.hoisted(() => {
  // A fixed secret, so building the auth options writes no secret file into the data folder.
  process.env.NEXTAUTH_SECRET = "current-user-test-secret-0123456789abcdef";
  return { sessionUserId: null as string | null, db: null as Database | null };
});

vi.mock("next-auth", () => ({
  getServerSession: async () => (edges.sessionUserId ? { user: { id: edges.sessionUserId }, expires: "2099-01-01" } : null),
}));

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: async () => {
    if (!edges.db) throw new Error("test database not ready");
    return edges.db;
  },
}));

const { authorizeAction, getCurrentUser, requirePermission, requireUser } = await import("@/lib/auth/session");

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
  edges.db = testDb.db;
  // forbidden() refuses to run unless Next has switched auth interrupts on, as next.config.ts does.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
});
afterAll(async () => {
  await testDb?.close();
});
beforeEach(() => {
  edges.sessionUserId = null;
});

async function thrownBy(promise: Promise<unknown>): Promise<{ digest?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { digest?: string };
  }
  throw new Error("expected the call to throw");
}

describe("loadSessionState", () => {
  it("reads the role and active flag from the database every time", async () => {
    const editor = await createUser(testDb.db, { role: "editor" });

    const before = await loadSessionState(testDb.db, editor.id);
    expect(before).toMatchObject({ status: "active", user: { id: editor.id, role: "editor" } });
    expect(userCan(before.status === "active" ? before.user : null, "article.publish")).toBe(true);

    await testDb.db.update(users).set({ role: "reporter" }).where(eq(users.id, editor.id));
    const demoted = await loadSessionState(testDb.db, editor.id);
    expect(demoted).toMatchObject({ status: "active", user: { role: "reporter" } });
    expect(userCan(demoted.status === "active" ? demoted.user : null, "article.publish")).toBe(false);

    await testDb.db.update(users).set({ active: false }).where(eq(users.id, editor.id));
    expect(await loadSessionState(testDb.db, editor.id)).toEqual({ status: "deactivated", userId: editor.id });
  });

  it("treats a missing, malformed or unknown id as signed out", async () => {
    expect(await loadSessionState(testDb.db, null)).toEqual({ status: "signed-out" });
    expect(await loadSessionState(testDb.db, "")).toEqual({ status: "signed-out" });
    expect(await loadSessionState(testDb.db, "not-a-uuid")).toEqual({ status: "signed-out" });
    expect(await loadSessionState(testDb.db, "00000000-0000-4000-8000-000000000000")).toEqual({ status: "signed-out" });
  });
});

describe("getCurrentUser and the require helpers", () => {
  it("loses an editor's rights on the next request after a demotion", async () => {
    const editor = await createUser(testDb.db, { role: "editor" });
    edges.sessionUserId = editor.id;

    expect(await getCurrentUser()).toMatchObject({ id: editor.id, role: "editor", active: true });
    expect(await authorizeAction("article.publish")).toMatchObject({ ok: true, user: { id: editor.id } });

    await testDb.db.update(users).set({ role: "reporter" }).where(eq(users.id, editor.id));

    expect(await getCurrentUser()).toMatchObject({ role: "reporter" });
    expect(await authorizeAction("article.publish", { type: "article", id: "a-story" })).toEqual({
      ok: false,
      reason: "forbidden",
      error: "You don't have permission to do this (your role: reporter).",
    });
    const [entry] = await testDb.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, editor.id), eq(auditLog.action, "authorization.denied")));
    expect(entry).toMatchObject({
      targetType: "article",
      targetId: "a-story",
      details: { permission: "article.publish", role: "reporter", reason: "forbidden" },
    });
  });

  it("shuts out a deactivated person at once", async () => {
    const admin = await createUser(testDb.db, { role: "admin" });
    edges.sessionUserId = admin.id;
    expect(await requirePermission("user.manage")).toMatchObject({ id: admin.id });

    await testDb.db.update(users).set({ active: false }).where(eq(users.id, admin.id));

    expect(await getCurrentUser()).toBeNull();
    expect(await authorizeAction("user.manage")).toMatchObject({ ok: false, reason: "deactivated" });
    expect((await thrownBy(requireUser())).digest).toMatch(/^NEXT_REDIRECT;replace;\/signin\?error=deactivated;/);
  });

  it("sends a signed-out visitor to sign in, back to the page they wanted", async () => {
    expect(await getCurrentUser()).toBeNull();
    expect(await authorizeAction("article.create")).toMatchObject({ ok: false, reason: "signed-out" });
    const error = await thrownBy(requirePermission("article.review", { path: "/newsroom/review" }));
    expect(error.digest).toMatch(/^NEXT_REDIRECT;replace;\/signin\?callbackUrl=%2Fnewsroom%2Freview;/);
  });

  it("answers a reporter on an editors' page with 403 and an audit entry", async () => {
    const reporter = await createUser(testDb.db, { role: "reporter" });
    edges.sessionUserId = reporter.id;

    const error = await thrownBy(requirePermission("article.review", { path: "/newsroom/review" }));

    expect(error.digest).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    const entries = await testDb.db.select().from(auditLog).where(eq(auditLog.actorId, reporter.id));
    expect(entries).toMatchObject([
      {
        action: "authorization.denied",
        targetType: "page",
        targetId: "/newsroom/review",
        details: { permission: "article.review", role: "reporter", reason: "forbidden" },
      },
    ]);
  });
});
