import { asc, eq, inArray, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articleBylines,
  articlePublications,
  articles,
  auditLog,
  comments,
  corrections,
  notifications,
  revisions,
  workflowEvents,
  type ArticleStatus,
} from "@/db/schema";
import { addComment } from "@/lib/comments/add-comment";
import { addCorrection } from "@/lib/corrections/add-correction";
import { transitionArticle, type WorkflowUser } from "@/lib/workflow/transition-article";
import type { WorkflowAction } from "@/lib/workflow/transitions";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createMedia, createSection, createUser, publishArticleRow, type User } from "../support/factories";

// Every role × every workflow action × every state, at the data-access layer.
// The expected outcome comes from the rules as the issue states them, written
// out here independently of lib/workflow/transitions.ts, so a mistake in the
// table shows up as a failure instead of agreeing with itself. Every refusal
// must say why and leave every row of the story as it was.

type RoleName = "anonymous" | "reporter-author" | "another reporter" | "editor" | "admin" | "deactivated editor" | "deactivated author";
type MatrixAction = WorkflowAction | "correct" | "comment";
type State = { status: ArticleStatus; live: boolean };

const ROLE_NAMES: RoleName[] = ["anonymous", "reporter-author", "another reporter", "editor", "admin", "deactivated editor", "deactivated author"];
const ACTIONS: MatrixAction[] = [
  "submit",
  "withdraw",
  "requestChanges",
  "approve",
  "publish",
  "schedule",
  "unschedule",
  "unpublish",
  "revise",
  "archive",
  "restore",
  "correct",
  "comment",
];
const STATES: State[] = [
  ...(["draft", "in_review", "changes_requested", "approved", "scheduled"] as const).flatMap((status) => [
    { status, live: false },
    // A revision in progress on a story readers can already see.
    { status, live: true },
  ]),
  { status: "published", live: true },
  { status: "unpublished", live: false },
  { status: "archived", live: false },
];

/** The rules of issue #4 for the desk (editors and admins). */
function deskMay(action: MatrixAction, { status, live }: State): boolean {
  switch (action) {
    case "submit":
      return status === "draft" || status === "changes_requested";
    case "withdraw":
    case "approve":
      return status === "in_review";
    case "requestChanges":
      return status === "in_review" || status === "approved";
    case "publish":
      return ["approved", "scheduled", "unpublished", "published"].includes(status);
    case "schedule":
      return status === "approved";
    case "unschedule":
      return status === "scheduled";
    case "unpublish":
      return live && status !== "unpublished" && status !== "archived";
    case "revise":
      return status === "published" || status === "unpublished";
    case "archive":
      return !live && ["draft", "in_review", "changes_requested", "approved", "unpublished"].includes(status);
    case "restore":
      return status === "archived";
    case "correct":
      return live;
    case "comment":
      return true;
  }
}

/** A reporter on their own story: submit, withdraw, start a revision, comment; never publish, schedule, unpublish or anything of the desk's. */
function authorMay(action: MatrixAction, state: State): boolean {
  if (action === "comment") return true;
  if (action === "submit" || action === "withdraw" || action === "revise") return deskMay(action, state);
  return false;
}

function expectedAllowed(role: RoleName, action: MatrixAction, state: State): boolean {
  switch (role) {
    case "editor":
    case "admin":
      return deskMay(action, state);
    case "reporter-author":
      return authorMay(action, state);
    default:
      return false;
  }
}

let t: TestDatabase;
let people: Record<Exclude<RoleName, "anonymous">, User>;
let sectionId: string;
let imageId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  people = {
    "reporter-author": await createUser(t.db, { role: "reporter", name: "Sophea Chan" }),
    "another reporter": await createUser(t.db, { role: "reporter", name: "Rithy Nuon" }),
    editor: await createUser(t.db, { role: "editor", name: "Dara Keo" }),
    admin: await createUser(t.db, { role: "admin", name: "Vannak Lim" }),
    "deactivated editor": await createUser(t.db, { role: "editor", name: "Former Editor", active: false }),
    "deactivated author": await createUser(t.db, { role: "reporter", name: "Former Reporter", active: false }),
  };
  sectionId = (await createSection(t.db)).id;
  imageId = (await createMedia(t.db)).id;
});
afterAll(() => t?.close());

function actorFor(role: RoleName): WorkflowUser | null {
  if (role === "anonymous") return null;
  const user = people[role];
  return { id: user.id, name: user.name, role: user.role, active: user.active };
}

/** A story ready to publish, created and bylined by the reporter-author (and the deactivated author), in `state`. */
async function storyIn(state: State) {
  const author = people["reporter-author"];
  const article = await createArticle(t.db, {
    createdBy: author.id,
    bylines: [author.id, people["deactivated author"].id],
    status: state.status,
    sectionId,
    leadImageId: imageId,
    scheduledFor: state.status === "scheduled" ? new Date(Date.now() + 86_400_000) : null,
    version: 3,
  });
  if (state.live) await publishArticleRow(t.db, article);
  return article;
}

/** Every row that belongs to the story, to compare before and after a refusal. */
async function snapshot(articleId: string) {
  return {
    article: await t.db.select().from(articles).where(eq(articles.id, articleId)),
    live: await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, articleId)),
    bylines: await t.db.select().from(articleBylines).where(eq(articleBylines.articleId, articleId)).orderBy(asc(articleBylines.position)),
    events: await t.db.select().from(workflowEvents).where(eq(workflowEvents.articleId, articleId)),
    revisions: await t.db.select().from(revisions).where(eq(revisions.articleId, articleId)),
    notifications: await t.db.select().from(notifications).where(eq(notifications.articleId, articleId)),
    corrections: await t.db.select().from(corrections).where(eq(corrections.articleId, articleId)),
    comments: await t.db.select().from(comments).where(eq(comments.articleId, articleId)),
    audit: await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(or(eq(auditLog.targetId, articleId))),
  };
}

async function attempt(role: RoleName, action: MatrixAction, articleId: string) {
  const actor = actorFor(role);
  if (action === "correct") {
    const result = await addCorrection(t.db, actor, { articleId, kind: "correction", text: "An earlier version gave the wrong date." });
    return result.ok ? { ok: true as const } : { ok: false as const, code: result.code, message: result.message };
  }
  if (action === "comment") {
    const result = await addComment(t.db, actor, { articleId, body: "Can we check the figures with the ministry?" });
    return result.ok ? { ok: true as const } : { ok: false as const, code: result.code, message: result.message };
  }
  const result = await transitionArticle(t.db, actor, {
    articleId,
    action,
    baseVersion: 3,
    note: "Because the desk says so",
    scheduledFor: action === "schedule" ? new Date(Date.now() + 3_600_000) : null,
  });
  return result.ok ? { ok: true as const } : { ok: false as const, code: result.code, message: result.message };
}

function stateName(state: State): string {
  return `${state.status}${state.live ? " (live)" : ""}`;
}

describe("authorization matrix: every role × action × state", () => {
  for (const role of ROLE_NAMES) {
    for (const action of ACTIONS) {
      it(`${role} · ${action}`, async () => {
        for (const state of STATES) {
          const story = await storyIn(state);
          const allowed = expectedAllowed(role, action, state);
          const before = await snapshot(story.id);
          const result = await attempt(role, action, story.id);
          const where = `${role} ${action} on ${stateName(state)}`;
          expect(result.ok, `${where}: ${result.ok ? "allowed" : result.message}`).toBe(allowed);
          if (result.ok) {
            expect(await snapshot(story.id), `${where} changed the story`).not.toEqual(before);
            continue;
          }

          // A refusal says why, in a sentence…
          expect(result.message, where).toMatch(/^[A-Z].{10,}[.)]$/);
          if (role === "anonymous") expect(result.message, where).toMatch(/^Sign in/);
          if (role.startsWith("deactivated")) expect(result.message, where).toMatch(/deactivated/);
          // …a reporter is never told a colleague's story exists…
          if (role === "another reporter") {
            expect(result.message, where).not.toContain(story.headline);
            expect(result.message, where).toMatch(/^(That story does not exist or you cannot see it\.|You don't have permission to .* \(your role: reporter\)\.)$/);
          }
          // …and changes nothing (a denied attempt is only added to the audit log).
          const after = await snapshot(story.id);
          expect({ ...after, audit: undefined }, where).toEqual({ ...before, audit: undefined });
          const newAudit = after.audit.slice(before.audit.length).map((entry) => entry.action);
          expect(newAudit.every((entry) => entry === "authorization.denied"), where).toBe(true);
          if (result.code === "forbidden" && role !== "anonymous") expect(newAudit, `${where} is audited`).toContain("authorization.denied");
        }
      });
    }
  }
});

describe("crafted requests", () => {
  it("a reporter cannot publish, schedule or unpublish their own story by asking for it directly, whatever its state", async () => {
    const reporter = actorFor("reporter-author");
    for (const state of STATES) {
      const story = await storyIn(state);
      const before = await snapshot(story.id);
      for (const action of ["publish", "schedule", "unschedule", "unpublish", "approve", "archive", "restore"] as const) {
        const result = await transitionArticle(t.db, reporter, {
          articleId: story.id,
          action,
          baseVersion: 3,
          note: "please",
          scheduledFor: new Date(Date.now() + 60_000),
        });
        expect(result, `${action} on ${stateName(state)}`).toMatchObject({ ok: false, code: "forbidden" });
      }
      expect({ ...(await snapshot(story.id)), audit: undefined }).toEqual({ ...before, audit: undefined });
    }
  });

  it("a refused attempt by a signed-in person is written to the audit log with the permission and target", async () => {
    const story = await storyIn({ status: "approved", live: false });
    await transitionArticle(t.db, actorFor("reporter-author"), { articleId: story.id, action: "publish", baseVersion: 3 });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, story.id));
    expect(entry).toMatchObject({
      actorId: people["reporter-author"].id,
      action: "authorization.denied",
      targetType: "article",
      details: { permission: "article.publish", role: "reporter", reason: "forbidden" },
    });
  });

  it("refuses unknown actions and ids that are not ids, without touching anything", async () => {
    const editor = actorFor("editor");
    const story = await storyIn({ status: "approved", live: false });
    const before = await snapshot(story.id);
    const bogus = await transitionArticle(t.db, editor, { articleId: story.id, action: "delete" as WorkflowAction, baseVersion: 3 });
    expect(bogus).toMatchObject({ ok: false, code: "invalid", message: "That is not a workflow step." });
    const badId = await transitionArticle(t.db, editor, { articleId: "1 OR 1=1", action: "publish", baseVersion: 3 });
    expect(badId).toMatchObject({ ok: false, code: "not-found" });
    const badVersion = await transitionArticle(t.db, editor, { articleId: story.id, action: "publish", baseVersion: Number.NaN });
    expect(badVersion).toMatchObject({ ok: false, code: "invalid" });
    expect(await snapshot(story.id)).toEqual(before);
  });

  it("nobody deactivated gets anything, even with an admin's role", async () => {
    const admin = people.admin;
    const story = await storyIn({ status: "approved", live: false });
    const result = await transitionArticle(t.db, { id: admin.id, name: admin.name, role: "admin", active: false }, { articleId: story.id, action: "publish", baseVersion: 3 });
    expect(result).toMatchObject({ ok: false, code: "forbidden", message: "This account is deactivated: it cannot change any story." });
    const rows = await t.db.select().from(articlePublications).where(inArray(articlePublications.articleId, [story.id]));
    expect(rows).toEqual([]);
  });
});
