import { asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { sections, tags, users } from "../schema";

// The lists the story editor offers: sections, staff for bylines, tags.

export function selectSectionOptions(db: Executor): Promise<{ id: string; name: string; nameKm: string }[]> {
  return db.select({ id: sections.id, name: sections.name, nameKm: sections.nameKm }).from(sections).orderBy(asc(sections.position), asc(sections.name));
}

/** Active staff, plus anyone named in `includeIds` (a byline may outlive an account). */
export function selectStaffOptions(db: Executor, includeIds: string[]): Promise<{ id: string; name: string; active: boolean }[]> {
  const condition = includeIds.length > 0 ? or(eq(users.active, true), inArray(users.id, includeIds)) : eq(users.active, true);
  return db.select({ id: users.id, name: users.name, active: users.active }).from(users).where(condition).orderBy(asc(sql`lower(${users.name})`));
}

export function selectTagOptions(db: Executor): Promise<{ id: string; name: string }[]> {
  return db.select({ id: tags.id, name: tags.name }).from(tags).orderBy(asc(sql`lower(${tags.name})`));
}

export async function selectTagBySlugForEditor(db: Executor, slug: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db.select({ id: tags.id, name: tags.name }).from(tags).where(eq(tags.slug, slug)).limit(1);
  return row ?? null;
}

export async function insertTagForEditor(db: Executor, values: { name: string; slug: string }): Promise<{ id: string; name: string } | null> {
  const [row] = await db.insert(tags).values(values).onConflictDoNothing({ target: tags.slug }).returning({ id: tags.id, name: tags.name });
  return row ?? null;
}
