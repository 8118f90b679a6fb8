import { randomBytes } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { baseUrl, checkAccessibility, describeViolations, launchBrowser, signIn } from "./support/browser";

// The media library in a real browser: a reporter uploads two photos with the
// button and watches each one's progress, a file that is not an image is
// refused by name with the reason, and alt text and credit are filled in.

const reporter = DEMO_ACCOUNTS.find((account) => account.role === "reporter");
if (!reporter) throw new Error("demo reporter missing");

let browser: Browser;
let nextAddress = 1;

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), extraHTTPHeaders: { "x-forwarded-for": `10.0.7.${nextAddress++}` } });
  return context.newPage();
}

/** A photo-like JPEG of noise: it compresses badly, so the upload takes long enough on a slowed line to show progress. */
async function noisyJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("media library", () => {
  it("uploads two photos by the button with progress, refuses a non-image by name, and saves alt text and credit", async () => {
    const stamp = Date.now().toString(36);
    const first = `river-${stamp}.jpg`;
    const second = `market-${stamp}.jpg`;
    const page = await freshPage();
    await signIn(page, reporter.email, reporter.password);
    await page.goto("/newsroom/media");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Media");
    const violations = await checkAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // A slow uplink, as from the field, so progress is visible part-way.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 256 * 1024 });

    const [photoA, photoB] = await Promise.all([noisyJpeg(500, 400), noisyJpeg(480, 360)]);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Upload images" }).click()]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([
      { name: first, mimeType: "image/jpeg", buffer: photoA },
      { name: second, mimeType: "image/jpeg", buffer: photoB },
      { name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("Interview notes, definitely not a photo.") },
    ]);

    // Each file has its own progress bar; one is seen part-way through.
    const progressA = page.getByRole("progressbar", { name: `Upload of ${first}` });
    const progressB = page.getByRole("progressbar", { name: `Upload of ${second}` });
    await expect
      .poll(async () => {
        const value = Number(await progressA.getAttribute("value"));
        return value > 0 && value < 1;
      }, { timeout: 20_000, interval: 50 })
      .toBe(true);
    expect(await progressB.count()).toBe(1);

    const refusal = page.getByRole("alert").filter({ hasText: "notes.jpg" });
    await expect.poll(() => refusal.textContent(), { timeout: 30_000 }).toBe("notes.jpg: the file is damaged or not an image");

    // Both photos appear in the library as soon as they are stored, flagged as lacking alt text and credit.
    const cardA = page.locator("li[data-media-id]").filter({ hasText: first });
    const cardB = page.locator("li[data-media-id]").filter({ hasText: second });
    await expect.poll(() => cardA.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => cardB.count(), { timeout: 30_000 }).toBe(1);
    expect(await cardA.textContent()).toContain("Missing alt text and credit");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    // The stored file is served: the thumbnail loads.
    const thumbnail = cardA.locator("img");
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    await cardA.getByRole("button", { name: `Edit details of ${first}` }).click();
    await cardA.getByLabel("Alt text").fill("A wooden boat on a brown river at dusk");
    await cardA.getByLabel("Caption").fill(`Evening on the Tonle Sap ${stamp}`);
    await cardA.getByLabel("Credit").fill("Photo: Sophea Chan");
    await cardA.getByRole("button", { name: "Save details" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Saved the details" }).count()).toBe(1);
    await expect.poll(() => cardA.textContent()).toContain("Alt: A wooden boat on a brown river at dusk");
    expect(await cardA.textContent()).not.toContain("Missing");

    // Kept after a reload, and found by searching its caption.
    await page.goto(`/newsroom/media?q=${encodeURIComponent(`Tonle Sap ${stamp}`)}`);
    const found = page.locator("li[data-media-id]");
    expect(await found.count()).toBe(1);
    expect(await found.textContent()).toContain("Photo: Sophea Chan");
    expect(await found.textContent()).toContain(first);
  });

  it("refuses to delete an image a story uses and names the story", async () => {
    const editor = DEMO_ACCOUNTS.find((account) => account.role === "editor");
    if (!editor) throw new Error("demo editor missing");
    const page = await freshPage();
    await signIn(page, editor.email, editor.password);
    // The demo's lead images are used by their stories.
    await page.goto("/newsroom/media?q=Masthead%20demo");
    const card = page.locator("li[data-media-id]").first();
    await card.getByRole("button", { name: "Delete" }).click();
    const warning = card.getByRole("alert");
    await expect.poll(() => warning.textContent(), { timeout: 15_000 }).toMatch(/cannot be deleted: (a story uses|\d+ stories use) it\./);
    expect(await warning.getByRole("link").count()).toBeGreaterThan(0);
    expect(await warning.textContent()).toContain("Take it out of these stories first.");
  });
});
