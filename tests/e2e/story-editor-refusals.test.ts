import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { EDITABLE, body, contextMaker, focusBody, meetConflict, moveToEnd, newStory, serverBody, status, waitSaved } from "./support/story-editor-page";

// What the editor does when the server will not take a save: a newer version
// by someone else (taking theirs), and a save refused for its content (a
// duplicate address), where the text must stay on screen and on the device.

let browser: Browser;
const signedIn = contextMaker(() => browser, "10.0.22");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const deviceCopies = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("masthead:draft:")));

/** The error list tied to a field through aria-describedby. */
async function fieldErrors(page: Page, label: string): Promise<string> {
  const ids = ((await page.getByLabel(label).getAttribute("aria-describedby")) ?? "").split(" ");
  const errorsId = ids.find((id) => id.endsWith("-errors"));
  if (!errorsId) return "";
  return (await page.locator(`[id="${errorsId}"]`).textContent()) ?? "";
}

describe("story editor: refused saves", () => {
  it("two people edit one story: taking theirs shows their text, drops mine, and later saves build on theirs", async () => {
    const { reporter, editor, id, conflict } = await meetConflict(signedIn, "Ferry timetable changes", "The reporter's new times.", "The editor's guess.");
    await conflict.getByRole("button", { name: "Take theirs" }).click();

    await expect.poll(() => editor.page.getByRole("dialog").count()).toBe(0);
    expect(await body(editor.page).textContent()).toBe("The reporter's new times.");
    expect(await status(editor.page).textContent()).toMatch(/^Saved at \d\d:\d\d$/);
    expect(await deviceCopies(editor.page)).toEqual([]);

    // The editor goes on from the reporter's version: no second conflict, nothing of the dropped text.
    await moveToEnd(editor.page);
    await editor.page.keyboard.type(" Checked.");
    await waitSaved(editor.page);
    const saved = await serverBody(reporter.page, id);
    expect(saved).toContain("The reporter's new times. Checked.");
    expect(saved).not.toContain("The editor's guess.");
    await reporter.context.close();
    await editor.context.close();
  });

  it("a save refused for a duplicate address says why at the field, keeps the text on screen and on the device, and offers it again on reopening; an address typed by hand stops following the headline", async () => {
    const { context, page } = await signedIn("reporter");
    await newStory(page);
    await page.getByLabel("Headline").fill("Market fire spreads to the riverside");
    await waitSaved(page);
    const takenSlug = await page.getByLabel("Address (slug)").inputValue();

    const id = await newStory(page);
    await page.getByLabel("Headline").fill("Second fire in a week");
    await focusBody(page);
    await page.keyboard.type("Text that must not be lost.");
    await waitSaved(page);

    await page.getByLabel("Address (slug)").fill(takenSlug);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/^Not saved: .*already uses the address/);
    expect(await page.getByLabel("Address (slug)").getAttribute("aria-invalid")).toBe("true");
    expect(await fieldErrors(page, "Address (slug)")).toMatch(/Another English story already uses the address “.+”/);
    await moveToEnd(page);
    await page.keyboard.type(" Nor this.");
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/^Not saved: /);
    expect(await body(page).textContent()).toBe("Text that must not be lost. Nor this.");
    expect(await serverBody(page, id)).not.toContain("Nor this.");
    await expect.poll(() => deviceCopies(page)).toHaveLength(1);

    // Reopened (the browser asks first: the work is not saved), the story offers the device's copy.
    page.on("dialog", (dialog) => void dialog.accept());
    await page.reload();
    await page.locator(EDITABLE).waitFor();
    const prompt = page.getByRole("dialog", { name: "Unsaved changes were kept on this device" });
    await prompt.waitFor();
    await prompt.getByRole("button", { name: "Restore my changes" }).click();
    expect(await body(page).textContent()).toBe("Text that must not be lost. Nor this.");
    expect(await page.getByLabel("Address (slug)").inputValue()).toBe(takenSlug);

    await page.getByLabel("Address (slug)").fill("second-fire-in-a-week");
    await waitSaved(page);
    // An address typed by hand no longer follows the headline, until asked to.
    await page.getByLabel("Headline").fill("Second fire in a week is contained");
    expect(await page.getByLabel("Address (slug)").inputValue()).toBe("second-fire-in-a-week");
    await waitSaved(page);
    const saved = await serverBody(page, id);
    expect(saved).toContain("Text that must not be lost. Nor this.");
    expect(saved).toContain('"slug":"second-fire-in-a-week"');
    expect(await deviceCopies(page)).toEqual([]);
    await page.getByRole("button", { name: "Make from headline" }).click();
    expect(await page.getByLabel("Address (slug)").inputValue()).toBe("second-fire-in-a-week-is-contained");
    await waitSaved(page);
    await context.close();
  });
});
