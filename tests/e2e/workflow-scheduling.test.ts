import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slugify } from "@/lib/slug";
import { launchBrowser, newPage } from "./support/browser";
import { borrowSectionAndImage, createStory, deskStoryIds, historyLabels, openWorkflow, paragraphs, saveStory, signInAs, takeStep, workflowStatus } from "./support/workflow";

// A story scheduled a little ahead goes live by itself: nobody visits it
// while it waits, the server's scheduler publishes it, the public page shows
// it at once (even though a reader had seen its address answer 404 before),
// and it is published exactly once.

const TIME_ZONE = "Asia/Phnom_Penh";
const LEAD_MS = 40_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Date and time inputs (YYYY-MM-DD, HH:MM:SS) showing `at` in the newsroom's zone. */
function newsroomInputs(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}

describe("scheduled publishing", () => {
  it("publishes a scheduled story on time without anyone visiting, and only once", { timeout: 240_000 }, async () => {
    const editor = await newPage(browser);
    const reader = await newPage(browser);
    await signInAs(editor, "editor");

    const [earlier] = await deskStoryIds(editor, "?status=published");
    if (!earlier) throw new Error("No published demo story to borrow a section and image from");
    const { sectionId, leadImageId } = await borrowSectionAndImage(editor, earlier);
    const id = await createStory(editor);
    const headline = `Night market reopens on the riverfront ${randomBytes(3).toString("hex")}`;
    const slug = slugify(headline);
    await saveStory(editor, id, { headline, slug, sectionId, leadImageId, body: paragraphs("Stalls returned to Sisowath Quay on Friday after a year away.") });

    await openWorkflow(editor, id);
    await takeStep(editor, "Submit for review", { confirm: "Submit for review" });
    await expect.poll(() => workflowStatus(editor)).toBe("In review");
    await takeStep(editor, "Approve", { confirm: "Approve" });
    await expect.poll(() => workflowStatus(editor)).toBe("Approved");

    // A time in the past is refused in words, and nothing changes.
    const past = newsroomInputs(new Date(Date.now() - 3_600_000));
    expect(await takeStep(editor, "Schedule", { date: past.date, time: past.time, confirm: "Schedule" })).toBe(
      "That time has already passed: choose a time in the future, or publish now.",
    );
    expect(await workflowStatus(editor)).toBe("Approved");

    const due = new Date(Date.now() + LEAD_MS);
    const when = newsroomInputs(due);
    const panel = editor.getByRole("region", { name: "Workflow" });
    await panel.getByLabel("Date", { exact: true }).fill(when.date);
    await panel.getByLabel("Time", { exact: true }).fill(when.time);
    await panel.locator("form").getByRole("button", { name: "Schedule", exact: true }).click();
    await panel.getByText("Scheduled.", { exact: true }).waitFor();
    await expect.poll(() => workflowStatus(editor)).toBe("Scheduled");
    expect(await panel.textContent()).toContain(`(${TIME_ZONE})`);

    // Before its time, readers get nothing at its address.
    expect((await reader.goto(`/articles/${slug}`))?.status()).toBe(404);

    // Nobody visits the story; the newsroom's history says when the scheduler has published it.
    await expect
      .poll(
        async () => {
          await openWorkflow(editor, id);
          return historyLabels(editor);
        },
        { timeout: LEAD_MS + 90_000, interval: 3_000 },
      )
      .toContain("Published by The scheduler");
    expect(Date.now()).toBeGreaterThanOrEqual(due.getTime() - 1_000);

    // The reader now finds it at once, although its address answered 404 a minute ago.
    const live = await reader.goto(`/articles/${slug}`);
    expect(live?.status()).toBe(200);
    await reader.getByRole("heading", { level: 1, name: headline }).waitFor();

    // Only once: after more runs of the scheduler there is still one publication.
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    await openWorkflow(editor, id);
    const labels = await historyLabels(editor);
    expect(labels.filter((label) => label.startsWith("Published"))).toEqual(["Published by The scheduler"]);
    expect(await workflowStatus(editor)).toBe("Published");
  });
});
