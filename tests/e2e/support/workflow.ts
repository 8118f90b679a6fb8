import type { Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { slugify } from "@/lib/slug";
import { signIn } from "./browser";

// Helpers of the workflow e2e tests: people, stories made through the app's
// own "New story" page and save endpoint, and the story's workflow page.

export function demoAccount(role: "reporter" | "editor" | "admin") {
  const found = DEMO_ACCOUNTS.find((account) => account.role === role);
  if (!found) throw new Error(`no demo ${role}`);
  return found;
}

export async function signInAs(page: Page, role: "reporter" | "editor" | "admin"): Promise<void> {
  const { email, password } = demoAccount(role);
  await signIn(page, email, password);
}

type ServerDraft = {
  headline: string;
  standfirst: string;
  slug: string;
  language: "en" | "km";
  sectionId: string | null;
  leadImageId: string | null;
  bylineIds: string[];
  tagIds: string[];
  body: unknown;
};

/** The story as the save endpoint holds it (the editor's own GET). */
export async function readStory(page: Page, id: string): Promise<{ version: number; draft: ServerDraft }> {
  const response = await page.request.get(`/api/articles/${id}`);
  if (!response.ok()) throw new Error(`GET /api/articles/${id} answered ${response.status()}: ${await response.text()}`);
  const json = (await response.json()) as { ok: boolean; copy?: { version: number; draft: ServerDraft } };
  if (!json.copy) throw new Error(`Unexpected server copy: ${JSON.stringify(json).slice(0, 300)}`);
  return { version: json.copy.version, draft: json.copy.draft };
}

/**
 * Saves the story's words as the editor's autosave does (PUT /api/articles/:id
 * with the version it was based on), as whoever the page is signed in as.
 */
export async function saveStory(page: Page, id: string, patch: Partial<ServerDraft>): Promise<number> {
  const { version, draft } = await readStory(page, id);
  const response = await page.request.put(`/api/articles/${id}`, { data: { baseVersion: version, draft: { ...draft, ...patch } } });
  const text = await response.text();
  if (!response.ok()) throw new Error(`Saving story ${id} answered ${response.status()}: ${text}`);
  return version + 1;
}

export function paragraphs(...texts: string[]) {
  return { type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
}

/** "New story" in English: returns the new draft's id. */
export async function createStory(page: Page): Promise<string> {
  await page.goto("/newsroom/stories/new");
  await page.getByRole("button", { name: "Create story" }).click();
  await page.waitForURL(/\/newsroom\/stories\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split("/").at(-1);
  if (!id) throw new Error("No story id in the editor's address");
  // Leave the editor at once, so its own autosave cannot race the test's saves.
  await page.goto("about:blank");
  return id;
}

/** A section and a credited, described lead image, borrowed from a live demo story the person may read. */
export async function borrowSectionAndImage(page: Page, storyId: string): Promise<{ sectionId: string; leadImageId: string }> {
  const { draft } = await readStory(page, storyId);
  if (!draft.sectionId || !draft.leadImageId) throw new Error("The demo story has no section or lead image");
  return { sectionId: draft.sectionId, leadImageId: draft.leadImageId };
}

/** Ids of stories linked from the desk (the first page). */
export async function deskStoryIds(page: Page, query = ""): Promise<string[]> {
  await page.goto(`/newsroom${query}`);
  const hrefs = await page.locator("main table a[href^='/newsroom/stories/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return [...new Set(hrefs.map((href) => href.split("/")[3] ?? "").filter((id) => /^[0-9a-f-]{36}$/.test(id)))];
}

export async function openWorkflow(page: Page, id: string): Promise<void> {
  await page.goto(`/newsroom/stories/${id}/workflow`);
  await page.getByRole("heading", { name: "Workflow" }).waitFor();
}

/** Clicks a workflow step (and, for steps with a form, fills it and confirms); waits for the panel's answer. */
export async function takeStep(page: Page, label: string, options: { note?: string; noteLabel?: string; confirm?: string; date?: string; time?: string } = {}): Promise<string> {
  const panel = page.getByRole("region", { name: "Workflow" });
  await panel.getByRole("list", { name: "Workflow steps" }).getByRole("button", { name: label, exact: true }).click();
  if (options.date !== undefined) await panel.getByLabel("Date", { exact: true }).fill(options.date);
  if (options.time !== undefined) await panel.getByLabel("Time", { exact: true }).fill(options.time);
  if (options.note !== undefined && options.noteLabel) await panel.getByLabel(options.noteLabel, { exact: true }).fill(options.note);
  // The step's own form: its confirm button may share the step's name ("Schedule").
  if (options.confirm) await panel.locator("form").getByRole("button", { name: options.confirm, exact: true }).click();
  const answer = panel.locator("[role=status], [role=alert]").filter({ hasText: /\S/ });
  await answer.first().waitFor();
  return ((await answer.first().textContent()) ?? "").trim();
}

export async function workflowStatus(page: Page): Promise<string> {
  return ((await page.getByTestId("workflow-status").textContent()) ?? "").trim();
}

/** The history list's entries, as "Label by Name" lines. */
export async function historyLabels(page: Page): Promise<string[]> {
  const items = page.getByTestId("story-events").locator("li");
  await page.getByTestId("story-events").waitFor();
  return (await items.evaluateAll((nodes) => nodes.map((node) => node.querySelector("p")?.textContent?.replace(/\s+/g, " ").trim() ?? ""))).filter(Boolean);
}

/**
 * A new English story published through the workflow by `page` (signed in as an
 * editor), with the section, lead image and tags of a live demo story; returns
 * its id and public address.
 */
export async function publishStory(page: Page, story: { headline: string; standfirst: string; body: unknown }): Promise<{ id: string; path: string }> {
  const [earlier] = await deskStoryIds(page, "?status=published");
  if (!earlier) throw new Error("No published demo story to borrow a section, image and tags from");
  const { draft } = await readStory(page, earlier);
  const id = await createStory(page);
  const slug = slugify(story.headline);
  await saveStory(page, id, { ...story, slug, sectionId: draft.sectionId, leadImageId: draft.leadImageId, tagIds: draft.tagIds });
  await openWorkflow(page, id);
  await takeStep(page, "Submit for review", { confirm: "Submit for review" });
  await takeStep(page, "Approve", { confirm: "Approve" });
  const published = await takeStep(page, "Publish now");
  if (published !== "Published: readers can see it now.") throw new Error(`Publishing story ${id} answered: ${published}`);
  return { id, path: `/articles/${slug}` };
}
