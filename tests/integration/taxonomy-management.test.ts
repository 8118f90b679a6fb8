import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, articleTags, auditLog, sections, tags } from "@/db/schema";
import { createSection as createSectionFor } from "@/lib/taxonomy/create-section";
import { deleteSection } from "@/lib/taxonomy/delete-section";
import { listSectionsForManagement } from "@/lib/taxonomy/list-sections";
import { listTagsForManagement } from "@/lib/taxonomy/list-tags";
import { mergeTags } from "@/lib/taxonomy/merge-tags";
import { moveSection } from "@/lib/taxonomy/move-section";
import { renameTag } from "@/lib/taxonomy/rename-tag";
import { updateSectionDetails } from "@/lib/taxonomy/update-section";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createSection, createTag, createUser, publishArticleRow } from "../support/factories";

let testDb: TestDatabase;
let editorId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  editorId = (await createUser(testDb.db, { role: "editor" })).id;
});
afterAll(async () => {
  await testDb?.close();
});

const actor = () => ({ actorId: editorId });

async function sectionOrder(): Promise<string[]> {
  const rows = await testDb.db.select({ name: sections.name }).from(sections).orderBy(asc(sections.position), asc(sections.name));
  return rows.map((row) => row.name);
}

async function auditFor(targetId: string) {
  return testDb.db.select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(auditLog.id);
}

describe("sections", () => {
  it("creates a section last in order, with a slug made from the name when none is typed", async () => {
    await testDb.db.delete(sections);
    const first = await createSectionFor(testDb.db, { name: "Politics", nameKm: "នយោបាយ", slug: "", description: "Elections and parliament." }, actor());
    const second = await createSectionFor(testDb.db, { name: "Land & Rights", slug: "  " }, actor());
    expect(first).toMatchObject({ ok: true, section: { slug: "politics", nameKm: "នយោបាយ", position: 0 } });
    expect(second).toMatchObject({ ok: true, section: { slug: "land-rights", position: 1 } });
    if (!first.ok) throw new Error(first.error);
    expect(await auditFor(first.section.id)).toMatchObject([{ action: "section.created", actorId: editorId, toValue: "Politics" }]);
  });

  it("keeps a typed slug, lowercased, and refuses an invalid or taken one with a field error", async () => {
    const typed = await createSectionFor(testDb.db, { name: "Environment", slug: "Mekong-Environment" }, actor());
    expect(typed).toMatchObject({ ok: true, section: { slug: "mekong-environment" } });

    const invalid = await createSectionFor(testDb.db, { name: "Sport", slug: "sport & games" }, actor());
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringContaining("lowercase letters, digits and single hyphens")] } });

    const before = await testDb.db.select().from(sections);
    const taken = await createSectionFor(testDb.db, { name: "More politics", slug: "politics" }, actor());
    expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: ['The slug "politics" is already used by the section Politics. Choose another.'] } });
    const generatedTaken = await createSectionFor(testDb.db, { name: "Politics" }, actor());
    expect(generatedTaken).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringContaining("already used")] } });
    expect(await testDb.db.select().from(sections)).toEqual(before);

    expect(await createSectionFor(testDb.db, { name: "" }, actor())).toMatchObject({ ok: false, fieldErrors: { name: ["Enter the section's name."] } });
    expect(await createSectionFor(testDb.db, { name: "!!!" }, actor())).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringContaining("type one")] } });
  });

  it("renames a section and changes its slug, refusing another section's slug", async () => {
    const section = await createSection(testDb.db, { name: "Busines", slug: "busines" });
    const renamed = await updateSectionDetails(testDb.db, { sectionId: section.id, name: "Business", nameKm: "ពាណិជ្ជកម្ម", slug: "business", description: "" }, actor());
    expect(renamed).toMatchObject({ ok: true, changed: ["name", "nameKm", "slug", "description"] });
    const [row] = await testDb.db.select().from(sections).where(eq(sections.id, section.id));
    expect(row).toMatchObject({ name: "Business", nameKm: "ពាណិជ្ជកម្ម", slug: "business" });
    expect(await auditFor(section.id)).toMatchObject([{ action: "section.updated", fromValue: "Busines", toValue: "Business" }]);

    const clash = await updateSectionDetails(testDb.db, { sectionId: section.id, name: "Business", slug: "politics" }, actor());
    expect(clash).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringContaining("already used by the section Politics")] } });
    const unknown = await updateSectionDetails(testDb.db, { sectionId: "00000000-0000-4000-8000-000000000000", name: "Ghost", slug: "ghost" }, actor());
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { sectionId: [expect.stringContaining("no longer exists")] } });
  });

  it("moves a section up and down, renumbering positions in one go", async () => {
    await testDb.db.delete(sections);
    // Equal positions, as rows written before ordering existed might have.
    const [a, b, c] = [
      await createSection(testDb.db, { name: "A Section", position: 0 }),
      await createSection(testDb.db, { name: "B Section", position: 0 }),
      await createSection(testDb.db, { name: "C Section", position: 0 }),
    ];
    if (!a || !b || !c) throw new Error("sections missing");
    expect(await sectionOrder()).toEqual(["A Section", "B Section", "C Section"]);

    expect(await moveSection(testDb.db, { sectionId: c.id, direction: "up" }, actor())).toEqual({ ok: true, name: "C Section", position: 2, total: 3 });
    expect(await sectionOrder()).toEqual(["A Section", "C Section", "B Section"]);
    const positions = await testDb.db.select({ position: sections.position }).from(sections).orderBy(asc(sections.position));
    expect(positions.map((row) => row.position)).toEqual([0, 1, 2]);

    expect(await moveSection(testDb.db, { sectionId: a.id, direction: "down" }, actor())).toMatchObject({ ok: true, position: 2 });
    expect(await sectionOrder()).toEqual(["C Section", "A Section", "B Section"]);

    expect(await moveSection(testDb.db, { sectionId: c.id, direction: "up" }, actor())).toMatchObject({ ok: false, error: "C Section is already first." });
    expect(await moveSection(testDb.db, { sectionId: b.id, direction: "down" }, actor())).toMatchObject({ ok: false, error: "B Section is already last." });
    expect(await moveSection(testDb.db, { sectionId: b.id, direction: "sideways" }, actor())).toMatchObject({ ok: false, fieldErrors: { direction: [expect.any(String)] } });
    expect(await sectionOrder()).toEqual(["C Section", "A Section", "B Section"]);
    expect(await auditFor(a.id)).toMatchObject([{ action: "section.moved", fromValue: "1", toValue: "2" }]);
  });

  it("two editors moving sections at once leave distinct positions", async () => {
    await testDb.db.delete(sections);
    const rows = [];
    for (let i = 0; i < 5; i++) rows.push(await createSection(testDb.db, { name: `Section ${i}`, position: i }));
    const moves = rows.map((row, i) => moveSection(testDb.db, { sectionId: row.id, direction: i % 2 === 0 ? "down" : "up" }, actor()));
    const results = await Promise.all(moves);
    expect(results.some((result) => result.ok)).toBe(true);
    const positions = (await testDb.db.select({ position: sections.position }).from(sections)).map((row) => row.position).sort();
    expect(positions).toEqual([0, 1, 2, 3, 4]);
  });

  it("deletes only an unused section, otherwise saying how many stories use it", async () => {
    const used = await createSection(testDb.db, { name: "Courts" });
    await createArticle(testDb.db, { sectionId: used.id });
    await createArticle(testDb.db, { sectionId: used.id });
    // A live copy still filed in the section counts too, though its working copy moved on.
    const moved = await createArticle(testDb.db, { sectionId: used.id, status: "published" });
    await publishArticleRow(testDb.db, moved);
    await testDb.db.update(articles).set({ sectionId: null }).where(eq(articles.id, moved.id));

    const refused = await deleteSection(testDb.db, { sectionId: used.id }, actor());
    expect(refused).toEqual({
      ok: false,
      error: "Courts cannot be deleted: 3 stories are filed in it. Move those stories to another section first.",
      fieldErrors: {},
    });
    expect(await testDb.db.select().from(sections).where(eq(sections.id, used.id))).toHaveLength(1);
    const listed = await listSectionsForManagement(testDb.db, { role: "editor", active: true });
    expect(listed.find((section) => section.id === used.id)?.stories).toBe(3);

    const unused = await createSection(testDb.db, { name: "Obituaries" });
    expect(await deleteSection(testDb.db, { sectionId: unused.id }, actor())).toEqual({ ok: true, name: "Obituaries" });
    expect(await testDb.db.select().from(sections).where(eq(sections.id, unused.id))).toEqual([]);
    expect(await auditFor(unused.id)).toMatchObject([{ action: "section.deleted", fromValue: "Obituaries" }]);
  });

  it("lists nothing to someone who may not manage sections", async () => {
    expect(await listSectionsForManagement(testDb.db, { role: "reporter", active: true })).toEqual([]);
    expect(await listSectionsForManagement(testDb.db, { role: "admin", active: false })).toEqual([]);
    expect(await listSectionsForManagement(testDb.db, null)).toEqual([]);
  });
});

describe("tags", () => {
  it("merges tag A into tag B when some stories carry both, without duplicate-key errors", async () => {
    const source = await createTag(testDb.db, { name: "Mekong river" });
    const target = await createTag(testDb.db, { name: "Mekong" });
    const other = await createTag(testDb.db, { name: "Fisheries" });
    const onlySource = await createArticle(testDb.db, { tagIds: [source.id] });
    const both = await createArticle(testDb.db, { tagIds: [source.id, target.id, other.id] });
    const onlyTarget = await createArticle(testDb.db, { tagIds: [target.id] });

    const result = await mergeTags(testDb.db, { sourceId: source.id, targetId: target.id }, actor());
    expect(result).toEqual({ ok: true, source: { id: source.id, name: "Mekong river" }, target: { id: target.id, name: "Mekong" }, stories: 2 });

    const rows = await testDb.db
      .select({ articleId: articleTags.articleId, tagId: articleTags.tagId })
      .from(articleTags)
      .where(inArray(articleTags.articleId, [onlySource.id, both.id, onlyTarget.id]));
    const pairs = rows.map((row) => `${row.articleId}:${row.tagId}`).sort();
    expect(pairs).toEqual(
      [`${onlySource.id}:${target.id}`, `${both.id}:${target.id}`, `${both.id}:${other.id}`, `${onlyTarget.id}:${target.id}`].sort(),
    );
    expect(await testDb.db.select().from(tags).where(eq(tags.id, source.id))).toEqual([]);
    const [entry] = await testDb.db.select().from(auditLog).where(and(eq(auditLog.action, "tag.merged"), eq(auditLog.targetId, target.id)));
    expect(entry).toMatchObject({ actorId: editorId, fromValue: "Mekong river", toValue: "Mekong", details: { stories: 2, alreadyTagged: 1 } });

    const usage = await listTagsForManagement(testDb.db, { role: "editor", active: true });
    expect(usage.find((tag) => tag.id === target.id)?.usage).toBe(3);
  });

  it("refuses to merge a tag into itself or into a tag that is gone, changing nothing", async () => {
    const tag = await createTag(testDb.db);
    await createArticle(testDb.db, { tagIds: [tag.id] });
    const before = await testDb.db.select().from(articleTags).where(eq(articleTags.tagId, tag.id));
    expect(await mergeTags(testDb.db, { sourceId: tag.id, targetId: tag.id }, actor())).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ["Choose two different tags: a tag cannot be merged into itself."] },
    });
    expect(await mergeTags(testDb.db, { sourceId: tag.id, targetId: "00000000-0000-4000-8000-000000000000" }, actor())).toMatchObject({
      ok: false,
      fieldErrors: { targetId: [expect.stringContaining("no longer exists")] },
    });
    expect(await mergeTags(testDb.db, { sourceId: "", targetId: tag.id }, actor())).toMatchObject({ ok: false, fieldErrors: { sourceId: ["Choose the tag to merge."] } });
    expect(await testDb.db.select().from(articleTags).where(eq(articleTags.tagId, tag.id))).toEqual(before);
    expect(await testDb.db.select().from(tags).where(eq(tags.id, tag.id))).toHaveLength(1);
  });

  it("renames a tag, refusing a slug another tag has", async () => {
    const tag = await createTag(testDb.db, { name: "Elections 2028", slug: "elections-2028" });
    await createTag(testDb.db, { name: "Elections", slug: "elections" });
    expect(await renameTag(testDb.db, { tagId: tag.id, name: "Commune elections", slug: "" }, actor())).toMatchObject({
      ok: true,
      changed: true,
      tag: { name: "Commune elections", slug: "commune-elections" },
    });
    expect(await renameTag(testDb.db, { tagId: tag.id, name: "Elections", slug: "elections" }, actor())).toMatchObject({
      ok: false,
      fieldErrors: { slug: ['The slug "elections" is already used by the tag Elections. Choose another, or merge the two tags.'] },
    });
    expect(await auditFor(tag.id)).toMatchObject([{ action: "tag.renamed", fromValue: "Elections 2028", toValue: "Commune elections" }]);
  });
});
