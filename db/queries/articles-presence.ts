import { and, asc, eq, gt, ne, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { editorPresence, users } from "../schema";

export async function upsertPresence(db: Executor, params: { articleId: string; userId: string }): Promise<void> {
  await db
    .insert(editorPresence)
    .values({ articleId: params.articleId, userId: params.userId, lastSeenAt: sql`now()` })
    .onConflictDoUpdate({ target: [editorPresence.articleId, editorPresence.userId], set: { lastSeenAt: sql`now()` } });
}

export async function deletePresence(db: Executor, params: { articleId: string; userId: string }): Promise<void> {
  await db.delete(editorPresence).where(and(eq(editorPresence.articleId, params.articleId), eq(editorPresence.userId, params.userId)));
}

/** Active people other than `exceptUserId` whose editor on the story reported in within `withinSeconds`. */
export function selectPresentEditors(
  db: Executor,
  params: { articleId: string; exceptUserId: string; withinSeconds: number },
): Promise<{ id: string; name: string; lastSeenAt: Date }[]> {
  return db
    .select({ id: users.id, name: users.name, lastSeenAt: editorPresence.lastSeenAt })
    .from(editorPresence)
    .innerJoin(users, eq(users.id, editorPresence.userId))
    .where(
      and(
        eq(editorPresence.articleId, params.articleId),
        ne(editorPresence.userId, params.exceptUserId),
        eq(users.active, true),
        gt(editorPresence.lastSeenAt, sql`now() - make_interval(secs => ${params.withinSeconds})`),
      ),
    )
    .orderBy(asc(users.name));
}
