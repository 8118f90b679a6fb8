import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { and, asc, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { selectPublicationSettings } from "@/db/queries/settings";
import { articleTags, auditLog, media, publicationSettings, sections, tags, users, userTokens } from "@/db/schema";
import { DEACTIVATED_MESSAGE } from "@/lib/auth/authorize-credentials";
import { verifyPassword } from "@/lib/auth/password";
import { DiskMediaStorage } from "@/lib/media/storage";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createSection, createTag, createUser, type User } from "../support/factories";

// The "manage users", "manage sections" and "manage settings" rows of the authorization matrix
// (issue #4), run through the server actions themselves: every action, as
// every kind of visitor. A refusal must say why and change nothing; an allowed
// call must change something, so the test can tell the two apart.

const edges = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "authorization-people-sections-secret-0123456789";
  return {
    sessionUserId: null as string | null,
    db: null as Database | null,
    storage: null as DiskMediaStorage | null,
    /** Paths and tags the actions asked Next to rebuild. */
    revalidated: [] as string[],
  };
});

vi.mock("next-auth", () => ({
  getServerSession: async () => (edges.sessionUserId ? { user: { id: edges.sessionUserId }, expires: "2099-01-01" } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => edges.revalidated.push(path),
  revalidateTag: (tag: string) => edges.revalidated.push(`tag:${tag}`),
  unstable_cache: <T,>(fn: T) => fn,
}));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: async () => {
    if (!edges.db) throw new Error("test database not ready");
    return edges.db;
  },
}));
vi.mock("@/lib/media/storage", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/media/storage")>()),
  getMediaStorage: () => {
    if (!edges.storage) throw new Error("test storage not ready");
    return edges.storage;
  },
}));

const userActions = await import("@/lib/actions/user-actions");
const profileActions = await import("@/lib/actions/profile-actions");
const sectionActions = await import("@/lib/actions/section-actions");
const tagActions = await import("@/lib/actions/tag-actions");
const settingsActions = await import("@/lib/actions/settings-actions");
const { SIGNED_OUT_MESSAGE, forbiddenMessage } = await import("@/lib/auth/session");

const VISITORS = ["anonymous", "reporter", "another reporter", "editor", "admin", "deactivated admin"] as const;
type Visitor = (typeof VISITORS)[number];

const SIGNED_IN: readonly Visitor[] = ["reporter", "another reporter", "editor", "admin"];
const EDITORS: readonly Visitor[] = ["editor", "admin"];
const ADMINS: readonly Visitor[] = ["admin"];

let testDb: TestDatabase;
let scratch: string;
const people = {} as Record<Exclude<Visitor, "anonymous">, User>;
// Passwords as they stand: a successful password change replaces one.
const passwords = new Map<string, string>();

beforeAll(async () => {
  testDb = await createTestDatabase();
  edges.db = testDb.db;
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), "masthead-authz-"));
  edges.storage = new DiskMediaStorage(path.join(scratch, "media"));
  const roles = { reporter: "reporter", "another reporter": "reporter", editor: "editor", admin: "admin", "deactivated admin": "admin" } as const;
  for (const [visitor, role] of Object.entries(roles) as [keyof typeof roles, (typeof roles)[keyof typeof roles]][]) {
    const password = `${visitor.replace(/ /g, "-")}-password-1`;
    people[visitor] = await createUser(testDb.db, { role, password, active: visitor !== "deactivated admin" });
    passwords.set(people[visitor].id, password);
  }
});

afterAll(async () => {
  await testDb?.close();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  edges.sessionUserId = null;
  edges.revalidated = [];
});

function signInAs(visitor: Visitor): User | null {
  const person = visitor === "anonymous" ? null : people[visitor];
  edges.sessionUserId = person?.id ?? null;
  return person;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** Everything these actions could touch, except authorization denials (which a refusal adds). */
async function snapshot(db: Database) {
  return {
    users: await db.select().from(users).orderBy(asc(users.id)),
    userTokens: await db.select().from(userTokens).orderBy(asc(userTokens.id)),
    sections: await db.select().from(sections).orderBy(asc(sections.id)),
    tags: await db.select().from(tags).orderBy(asc(tags.id)),
    articleTags: await db.select().from(articleTags).orderBy(asc(articleTags.articleId), asc(articleTags.tagId)),
    media: await db.select().from(media).orderBy(asc(media.id)),
    settings: await db.select().from(publicationSettings),
    audit: await db.select().from(auditLog).where(ne(auditLog.action, "authorization.denied")).orderBy(asc(auditLog.id)),
  };
}

async function denialsOf(db: Database, actorId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "authorization.denied"), eq(auditLog.actorId, actorId)));
}

type ActionResult = { ok: boolean; error?: string };
type Case = {
  action: string;
  allowed: readonly Visitor[];
  /** Whether an allowed call refreshes pages (a password change shows nowhere). */
  refreshes?: false;
  /** Builds fresh rows for one run and returns the call to make. */
  prepare(db: Database, actor: User | null): Promise<() => Promise<ActionResult>>;
};

let settingsEdition = 0;

const CASES: Case[] = [
  {
    action: "add a person (invitation)",
    allowed: ADMINS,
    async prepare() {
      const email = `new.${Math.random().toString(36).slice(2)}@example.org`;
      return () => userActions.addPersonAction(null, form({ name: "Sopheap New", email, role: "reporter", method: "invitation" }));
    },
  },
  {
    action: "add a person (one-time password)",
    allowed: ADMINS,
    async prepare() {
      const email = `new.${Math.random().toString(36).slice(2)}@example.org`;
      return () => userActions.addPersonAction(null, form({ name: "Rith New", email, role: "admin", method: "password" }));
    },
  },
  {
    action: "change a role",
    allowed: ADMINS,
    async prepare(db) {
      const target = await createUser(db, { role: "reporter" });
      return () => userActions.changeRoleAction(null, form({ userId: target.id, role: "admin" }));
    },
  },
  {
    action: "deactivate a person",
    allowed: ADMINS,
    async prepare(db) {
      const target = await createUser(db, { role: "editor" });
      return () => userActions.deactivateUserAction(null, form({ userId: target.id }));
    },
  },
  {
    action: "reactivate a person",
    allowed: ADMINS,
    async prepare(db) {
      const target = await createUser(db, { role: "editor", active: false });
      return () => userActions.reactivateUserAction(null, form({ userId: target.id }));
    },
  },
  {
    action: "reset a password (link)",
    allowed: ADMINS,
    async prepare(db) {
      const target = await createUser(db, { passwordHash: "$argon2id$not-a-real-hash" });
      return () => userActions.resetPasswordAction(null, form({ userId: target.id, method: "link" }));
    },
  },
  {
    action: "reset a password (one-time password)",
    allowed: ADMINS,
    async prepare(db) {
      const target = await createUser(db, { passwordHash: "$argon2id$not-a-real-hash" });
      return () => userActions.resetPasswordAction(null, form({ userId: target.id, method: "password" }));
    },
  },
  {
    action: "create a section",
    allowed: EDITORS,
    async prepare() {
      const name = `Provinces ${Math.random().toString(36).slice(2, 8)}`;
      return () => sectionActions.createSectionAction(null, form({ name, nameKm: "ខេត្ត", slug: "", description: "" }));
    },
  },
  {
    action: "rename a section",
    allowed: EDITORS,
    async prepare(db) {
      const section = await createSection(db);
      return () =>
        sectionActions.updateSectionAction(null, form({ sectionId: section.id, name: `${section.name} and more`, nameKm: "", slug: section.slug, description: "" }));
    },
  },
  {
    action: "reorder sections",
    allowed: EDITORS,
    async prepare(db) {
      await createSection(db, { position: 1000 });
      const section = await createSection(db, { position: 1001 });
      return () => sectionActions.moveSectionAction(null, form({ sectionId: section.id, direction: "up" }));
    },
  },
  {
    action: "delete a section",
    allowed: EDITORS,
    async prepare(db) {
      const section = await createSection(db);
      return () => sectionActions.deleteSectionAction(null, form({ sectionId: section.id }));
    },
  },
  {
    action: "rename a tag",
    allowed: EDITORS,
    async prepare(db) {
      const tag = await createTag(db);
      // The factory reuses a few names, so the new one gets a suffix of its own.
      const name = `${tag.name} renamed ${Math.random().toString(36).slice(2, 8)}`;
      return () => tagActions.renameTagAction(null, form({ tagId: tag.id, name, slug: "" }));
    },
  },
  {
    action: "merge tags",
    allowed: EDITORS,
    async prepare(db) {
      const [source, target] = [await createTag(db), await createTag(db)];
      await createArticle(db, { tagIds: [source.id] });
      return () => tagActions.mergeTagsAction(null, form({ sourceId: source.id, targetId: target.id }));
    },
  },
  {
    action: "change the publication's settings",
    allowed: ADMINS,
    async prepare(db) {
      const current = await selectPublicationSettings(db);
      const tagline = `Independent news, edition ${++settingsEdition}`;
      return () =>
        settingsActions.updatePublicationSettingsAction(
          null,
          form({ name: "Cambodian Press Collective", nameKm: "", tagline, taglineKm: "", siteUrl: "https://news.example.org", timezone: "Asia/Phnom_Penh", savedVersion: current?.updatedAt.toISOString() ?? "" }),
        );
    },
  },
  {
    action: "edit own profile",
    allowed: SIGNED_IN,
    async prepare() {
      return () => profileActions.updateProfileAction(null, form({ name: `Renamed ${Math.random().toString(36).slice(2, 6)}`, bio: "Covers the courts." }));
    },
  },
  {
    action: "change own password",
    allowed: SIGNED_IN,
    refreshes: false,
    async prepare(_db, actor) {
      const current = actor ? (passwords.get(actor.id) ?? "") : "whatever-it-was-1";
      const next = `${current.replace(/-\d+$/, "")}-${Math.floor(Math.random() * 1e6)}`;
      return async () => {
        const result = await profileActions.changePasswordAction(null, form({ currentPassword: current, newPassword: next, confirmPassword: next }));
        if (result.ok && actor) passwords.set(actor.id, next);
        return result;
      };
    },
  },
];

function expectedRefusal(visitor: Visitor): string {
  if (visitor === "anonymous") return SIGNED_OUT_MESSAGE;
  if (visitor === "deactivated admin") return DEACTIVATED_MESSAGE;
  return forbiddenMessage(people[visitor].role);
}

const matrix = CASES.flatMap((testCase) => VISITORS.map((visitor) => ({ ...testCase, visitor, allowed: testCase.allowed.includes(visitor) })));

describe("manage users, sections and settings: every action × every visitor", () => {
  it.each(matrix)("$action as $visitor → allowed: $allowed", async ({ visitor, allowed, prepare, refreshes }) => {
    const db = testDb.db;
    const actor = signInAs(visitor);
    const call = await prepare(db, actor);
    const before = await snapshot(db);
    const denialsBefore = actor ? (await denialsOf(db, actor.id)).length : 0;

    const result = await call();

    if (allowed) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(await snapshot(db)).not.toEqual(before);
      if (refreshes !== false) expect(edges.revalidated.length).toBeGreaterThan(0);
      return;
    }
    expect(result).toMatchObject({ ok: false, error: expectedRefusal(visitor) });
    expect(await snapshot(db)).toEqual(before);
    expect(edges.revalidated).toEqual([]);
    if (actor) {
      // A known person's refusal is on the record; an anonymous one has nobody to record.
      const denials = await denialsOf(db, actor.id);
      expect(denials).toHaveLength(denialsBefore + 1);
      expect(denials.at(-1)?.details).toMatchObject({ reason: visitor === "deactivated admin" ? "deactivated" : "forbidden" });
    }
  });
});

describe("crafted requests", () => {
  it("a reporter naming another reporter in the profile form still edits only their own profile", async () => {
    const db = testDb.db;
    const victim = people.reporter;
    const [victimBefore] = await db.select().from(users).where(eq(users.id, victim.id));
    signInAs("another reporter");
    const data = form({ userId: victim.id, id: victim.id, email: victim.email, name: "Crafted Name", bio: "Crafted bio." });
    const result = await profileActions.updateProfileAction(null, data);
    expect(result).toMatchObject({ ok: true });

    const [victimAfter] = await db.select().from(users).where(eq(users.id, victim.id));
    expect(victimAfter).toEqual(victimBefore);
    const [own] = await db.select().from(users).where(eq(users.id, people["another reporter"].id));
    expect(own).toMatchObject({ name: "Crafted Name", bio: "Crafted bio.", email: people["another reporter"].email });
  });

  it("a reporter cannot change anyone's password through the password form's fields", async () => {
    const db = testDb.db;
    const victim = people.editor;
    signInAs("reporter");
    const result = await profileActions.changePasswordAction(
      null,
      form({ userId: victim.id, currentPassword: passwords.get(victim.id) ?? "", newPassword: "taken-over-1234", confirmPassword: "taken-over-1234" }),
    );
    // The current password is checked against the reporter's own account, so the editor's is wrong here.
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.stringContaining("not correct")] } });
    const [after] = await db.select().from(users).where(eq(users.id, victim.id));
    expect(await verifyPassword(after?.passwordHash ?? "", passwords.get(victim.id) ?? "")).toBe(true);
  });

  it("an editor cannot promote themselves to admin", async () => {
    const db = testDb.db;
    const editor = people.editor;
    signInAs("editor");
    const result = await userActions.changeRoleAction(null, form({ userId: editor.id, role: "admin" }));
    expect(result).toMatchObject({ ok: false, error: forbiddenMessage("editor") });
    const [after] = await db.select({ role: users.role }).from(users).where(eq(users.id, editor.id));
    expect(after?.role).toBe("editor");
  });
});
