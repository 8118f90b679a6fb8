import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticlePreview } from "@/lib/articles/load-article-preview";
import { loadServerCopy } from "@/lib/articles/load-server-copy";
import { loadStoryEditor } from "@/lib/articles/load-story-editor";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createMedia, createSection, createUser, type User } from "../support/factories";

let t: TestDatabase;
let reporter: User;
let other: User;
let editor: User;

beforeAll(async () => {
  t = await createTestDatabase();
  reporter = await createUser(t.db, { role: "reporter", name: "Sokha Chan" });
  other = await createUser(t.db, { role: "reporter" });
  editor = await createUser(t.db, { role: "editor" });
});
afterAll(() => t?.close());

describe("loadStoryEditor", () => {
  it("gives the reporter an editable draft without byline control, and the editor byline control", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id });
    const forReporter = await loadStoryEditor(t.db, reporter, article.id);
    const forEditor = await loadStoryEditor(t.db, editor, article.id);
    if (!forReporter.ok || !forEditor.ok) throw new Error("not loaded");
    expect(forReporter.value.story).toMatchObject({ readOnlyReason: null, canEditBylines: false, version: 1, status: "draft" });
    expect(forReporter.value.story.workflowActions).toContain("submit");
    expect(forEditor.value.story.canEditBylines).toBe(true);
    expect(forReporter.value.options.staff.map((person) => person.id)).toEqual(expect.arrayContaining([reporter.id, other.id, editor.id]));
  });

  it("makes a story in review read-only for its reporter, saying why", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id, status: "in_review" });
    const loaded = await loadStoryEditor(t.db, reporter, article.id);
    if (!loaded.ok) throw new Error("not loaded");
    expect(loaded.value.story.readOnlyReason).toMatch(/in review/);
    expect(loaded.value.story.workflowActions).toEqual(["withdraw"]);
  });

  it("links the other-language version and offers to create one only when there is none", async () => {
    const english = await createArticle(t.db, { createdBy: reporter.id, language: "en" });
    const alone = await loadStoryEditor(t.db, reporter, english.id);
    if (!alone.ok) throw new Error("not loaded");
    expect(alone.value.story).toMatchObject({ translation: null, canCreateTranslation: true });
    const khmer = await createArticle(t.db, { createdBy: reporter.id, language: "km", translationGroupId: english.translationGroupId, headline: "ព័ត៌មាន" });
    const linked = await loadStoryEditor(t.db, reporter, english.id);
    if (!linked.ok) throw new Error("not loaded");
    expect(linked.value.story).toMatchObject({ translation: { id: khmer.id, language: "km", headline: "ព័ត៌មាន" }, canCreateTranslation: false });
  });

  it("says whether the slug still follows the headline: while it matches it and the story was never published", async () => {
    const matching = await createArticle(t.db, { createdBy: reporter.id, headline: "River rises in Kratie", slug: "river-rises-in-kratie" });
    const placeholder = await createArticle(t.db, { createdBy: reporter.id, headline: "River rises", slug: "draft-0a1b2c3d" });
    const chosen = await createArticle(t.db, { createdBy: reporter.id, headline: "River rises", slug: "flood-watch" });
    const published = await createArticle(t.db, { createdBy: reporter.id, status: "published", headline: "River falls", slug: "river-falls" });
    const follows = async (id: string) => {
      const loaded = await loadStoryEditor(t.db, editor, id);
      if (!loaded.ok) throw new Error("not loaded");
      return loaded.value.story.slugFollowsHeadline;
    };
    expect([await follows(matching.id), await follows(placeholder.id), await follows(chosen.id), await follows(published.id)]).toEqual([true, true, false, false]);
  });

  it("does not exist for someone who may not see the story", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id });
    expect(await loadStoryEditor(t.db, other, article.id)).toMatchObject({ ok: false, status: 404 });
    expect(await loadServerCopy(t.db, other, article.id)).toMatchObject({ ok: false });
  });
});

describe("loadArticlePreview", () => {
  it("builds the public page's DTO from the working copy: section in the story's language, bylines in order, images", async () => {
    const section = await createSection(t.db, { name: "Environment", nameKm: "បរិស្ថាន" });
    const image = await createMedia(t.db);
    const article = await createArticle(t.db, {
      createdBy: reporter.id,
      language: "km",
      headline: "ទន្លេ",
      sectionId: section.id,
      leadImageId: image.id,
      bylines: [other.id, reporter.id],
      body: { type: "doc", content: [{ type: "imageFigure", attrs: { mediaId: image.id } }, { type: "paragraph", content: [{ type: "text", text: "អត្ថបទ" }] }] },
    });
    const preview = await loadArticlePreview(t.db, reporter, article.id);
    if (!preview.ok) throw new Error(preview.message);
    const { article: dto, isLive } = preview.value;
    expect(isLive).toBe(false);
    expect(dto).toMatchObject({ headline: "ទន្លេ", language: "km", section: { name: "បរិស្ថាន" }, leadImage: { id: image.id, alt: image.altText, credit: image.credit } });
    expect(dto.bylines.map((byline) => byline.name)).toEqual([other.name, reporter.name]);
    expect(Object.keys(dto.bodyImages)).toContain(image.id);
  });

  it("is refused to people who may not see the story", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id });
    expect(await loadArticlePreview(t.db, other, article.id)).toMatchObject({ ok: false, status: 404 });
    expect((await loadArticlePreview(t.db, editor, article.id)).ok).toBe(true);
  });
});
