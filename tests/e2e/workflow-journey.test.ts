import { randomBytes } from "node:crypto";
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slugify } from "@/lib/slug";
import { checkAccessibility, describeViolations, launchBrowser, newPage } from "./support/browser";
import { cachedPageFiles } from "./support/page-cache-files";
import {
  borrowSectionAndImage,
  createStory,
  deskStoryIds,
  historyLabels,
  openWorkflow,
  readStory,
  saveStory,
  signInAs,
  takeStep,
  workflowStatus,
} from "./support/workflow";

// The whole editorial journey of issue #4 in Chromium, each person in a
// browser context of their own. The reporter writes, revises and submits in
// the story editor (whose side panel is the WorkflowPanel); the editor works
// from the review queue and the story's workflow page.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const WORKFLOW_AUDIT = /^article\.(submit|withdraw|request_changes|approve|publish|schedule|unschedule|unpublish|revise|archive|restore|correct)$/;

/** The workflow entries of the audit log about one story, oldest first (other entries, say of saves, are left out). */
const EDITABLE = '.ProseMirror[contenteditable="true"]';

async function openEditor(page: Page, id: string): Promise<void> {
  await page.goto(`/newsroom/stories/${id}`);
  await page.locator(EDITABLE).waitFor();
}

/** Puts the caret at the end of the story's body (once it really has focus) and types. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox", { name: "Story text" }).click();
  await page.waitForFunction(() => document.activeElement?.classList.contains("ProseMirror") ?? false);
  await page.keyboard.press("Control+End");
  if (text) await page.keyboard.type(text);
}

async function auditActions(admin: Page, articleId: string): Promise<string[]> {
  await admin.goto(`/newsroom/audit?targetType=article&targetId=${articleId}`);
  const violations = await checkAccessibility(admin);
  expect(violations, describeViolations(violations)).toEqual([]);
  const cells = await admin.locator("main table tbody tr td:nth-child(3)").allTextContents();
  return cells
    .map((cell) => cell.trim())
    .filter((action) => WORKFLOW_AUDIT.test(action))
    .reverse();
}

describe("the editorial workflow, end to end", () => {
  it("takes a story from a reporter's draft through review, publication, correction and unpublication", { timeout: 240_000 }, async () => {
    const reporter = await newPage(browser);
    const editor = await newPage(browser);
    const reader = await newPage(browser);
    const admin = await newPage(browser);
    await signInAs(reporter, "reporter");
    await signInAs(editor, "editor");
    await signInAs(admin, "admin");

    // The reporter writes a story in the editor. Its section and lead image (with alt
    // text and credit) are borrowed from their earlier work through the save endpoint;
    // the media picker has end-to-end tests of its own.
    const [earlier] = await deskStoryIds(reporter, "?status=published");
    if (!earlier) throw new Error("The demo reporter has no published story to borrow a section and image from");
    const { sectionId, leadImageId } = await borrowSectionAndImage(reporter, earlier);
    const id = await createStory(reporter);
    await saveStory(reporter, id, { sectionId, leadImageId, standfirst: "The lake's fish stocks have fallen for a fourth year." });
    const tag = randomBytes(3).toString("hex");
    const headline = `Fishing families on the Tonle Sap count a shrinking catch ${tag}`;
    await openEditor(reporter, id);
    await reporter.getByLabel("Headline").fill(headline);
    await typeAtEnd(reporter, "Fishers in Kampong Chhnang say their nets come up lighter every season.");
    await reporter.keyboard.press("Enter");
    await reporter.keyboard.type("Officials blame the dams upstream.");

    // …and submits it from the editor's workflow panel straight away: the panel
    // saves the text still waiting for autosave before it takes the step.
    expect(await takeStep(reporter, "Submit for review", { noteLabel: "Note for the editors (optional)", note: "Ready for the desk", confirm: "Submit for review" })).toBe(
      "Submitted for review. Editors have been told.",
    );
    await expect.poll(() => workflowStatus(reporter)).toBe("In review");
    const submitted = await readStory(reporter, id);
    expect(submitted.draft.headline).toBe(headline);
    expect(JSON.stringify(submitted.draft.body)).toContain("Officials blame the dams upstream.");
    const slug = submitted.draft.slug;
    expect(slug).toBe(slugify(headline));

    // The editor is told, finds it in the review queue and sends it back with a note.
    await editor.goto("/newsroom");
    await expect.poll(() => editor.getByRole("button", { name: /^Notifications, \d+ unread$/ }).count()).toBe(1);
    await editor.goto("/newsroom/review");
    const row = editor.getByRole("row").filter({ hasText: headline });
    expect(await row.textContent()).toContain("Ready for the desk");
    expect(await row.getByTestId("waiting").textContent()).toMatch(/minute/);
    await row.getByRole("link", { name: headline }).click();
    await editor.getByRole("heading", { name: "Workflow" }).waitFor();
    const violations = await checkAccessibility(editor);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(
      await takeStep(editor, "Request changes", {
        noteLabel: "What needs to change",
        note: "Name the fisheries official you quote.",
        confirm: "Send back for changes",
      }),
    ).toBe("Changes requested. The reporters have been sent your note.");

    // The reporter sees the note, in the notifications and beside the story, revises and resubmits.
    await reporter.goto("/newsroom/notifications");
    expect(await reporter.getByTestId("notifications").textContent()).toContain(`Dara Keo asked for changes to “${headline}”: Name the fisheries official you quote.`);
    const notificationViolations = await checkAccessibility(reporter);
    expect(notificationViolations, describeViolations(notificationViolations)).toEqual([]);
    await openEditor(reporter, id);
    const note = reporter.getByRole("note", { name: "Changes requested" });
    expect(await note.textContent()).toContain("Name the fisheries official you quote.");
    await typeAtEnd(reporter, "");
    await reporter.keyboard.press("Enter");
    await reporter.keyboard.type("“The catch has halved since 2020,” said Sok Dara, a provincial fisheries official.");
    await takeStep(reporter, "Submit for review", { confirm: "Submit for review" });
    await expect.poll(() => workflowStatus(reporter)).toBe("In review");
    expect(JSON.stringify((await readStory(reporter, id)).draft.body)).toContain("a provincial fisheries official");

    // The editor approves and publishes.
    await openWorkflow(editor, id);
    expect(await takeStep(editor, "Approve", { confirm: "Approve" })).toBe("Approved.");
    await expect.poll(() => workflowStatus(editor)).toBe("Approved");
    expect(await takeStep(editor, "Publish now")).toBe("Published: readers can see it now.");
    await expect.poll(() => workflowStatus(editor)).toBe("Published");

    // An anonymous reader finds it on the front page and reads it.
    await reader.goto("/");
    await reader.getByRole("link", { name: headline }).first().click();
    await reader.getByRole("heading", { level: 1, name: headline }).waitFor();
    expect(await reader.locator("main").textContent()).toContain("provincial fisheries official");

    // The editor corrects it; the reader sees the correction.
    await openWorkflow(editor, id);
    const panel = editor.getByRole("region", { name: "Workflow" });
    await panel.getByLabel("Text", { exact: true }).fill("An earlier version misspelled the name of the province.");
    await panel.getByRole("button", { name: "Add correction" }).click();
    await panel.getByText("Correction added: readers see it at the foot of the story.").waitFor();
    await expect
      .poll(async () => {
        await reader.reload();
        return reader.locator("main").textContent();
      })
      .toContain("An earlier version misspelled the name of the province.");

    // The editor unpublishes it with a reason: gone for the reader, still in the newsroom.
    await openWorkflow(editor, id);
    expect(await takeStep(editor, "Unpublish", { noteLabel: "Reason for unpublishing", note: "A source withdrew consent.", confirm: "Unpublish now" })).toBe(
      "Unpublished: readers can no longer see it.",
    );
    const gone = await reader.goto(`/articles/${slug}`);
    expect(gone?.status()).toBe(404);
    // The page cache's copy on disk is the 404 now, not the story, so a
    // restart (which empties the memory cache) cannot bring the story back.
    const cachedHtml = () => cachedPageFiles(`/articles/${slug}`).filter((file) => file.endsWith(".html"));
    expect(cachedHtml()).toHaveLength(1);
    await expect.poll(() => cachedHtml().map((file) => fs.readFileSync(file, "utf8").includes(headline))).toEqual([false]);
    await openWorkflow(editor, id);
    expect(await workflowStatus(editor)).toBe("Unpublished");

    // The story's history and the audit log tell the whole story.
    expect(await historyLabels(editor)).toEqual(
      expect.arrayContaining([
        "Submitted for review by Sophea Chan",
        "Asked for changes by Dara Keo",
        "Resubmitted for review by Sophea Chan",
        "Approved by Dara Keo",
        "Published by Dara Keo",
        "Added a correction by Dara Keo",
        "Unpublished by Dara Keo",
      ]),
    );
    expect(await deskStoryIds(editor, "?status=unpublished")).toContain(id);
    expect(await auditActions(admin, id)).toEqual([
      "article.submit",
      "article.request_changes",
      "article.submit",
      "article.approve",
      "article.publish",
      "article.correct",
      "article.unpublish",
    ]);
  });
});
