import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slugify } from "@/lib/slug";
import { baseUrl, launchBrowser, newPage } from "./support/browser";
import { createStory, deskStoryIds, openWorkflow, paragraphs, readStory, saveStory, signInAs, takeStep } from "./support/workflow";

// The production server answers a page many readers ask for from memory for
// up to a second (lib/server/front-cache.mjs). Readers hammer the front page
// and a story while an editor publishes and unpublishes it: the request right
// after each step already sees it, though the page was kept a moment before.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type Seen = { status: number; age: string | null; body: string };

async function read(path: string, headers: Record<string, string> = {}): Promise<Seen> {
  const response = await fetch(`${baseUrl()}${path}`, { headers, redirect: "manual" });
  return { status: response.status, age: response.headers.get("age"), body: await response.text() };
}

/** Readers asking for `paths` without pause until stopped, so each is always held in memory. */
function hammer(paths: string[]): { stop(): Promise<Seen[]> } {
  let running = true;
  const seen: Seen[] = [];
  const loops = paths.map(async (path) => {
    while (running) seen.push(await read(path));
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return seen;
    },
  };
}

describe("front cache", () => {
  it("answers a hot page from memory, yet shows a publish and an unpublish on the very next request", { timeout: 120_000 }, async () => {
    const editor = await newPage(browser);
    await signInAs(editor, "editor");
    const [earlier] = await deskStoryIds(editor, "?status=published");
    if (!earlier) throw new Error("No published demo story to borrow a section and image from");
    const { draft } = await readStory(editor, earlier);
    const id = await createStory(editor);
    const headline = `Ferry timetable returns to the Mekong crossing ${randomBytes(3).toString("hex")}`;
    const path = `/articles/${slugify(headline)}`;
    await saveStory(editor, id, {
      headline,
      slug: slugify(headline),
      standfirst: "Boats run every half hour again from Monday.",
      sectionId: draft.sectionId,
      leadImageId: draft.leadImageId,
      body: paragraphs("The provincial ferry office posted the new times on Friday."),
    });
    await openWorkflow(editor, id);
    await takeStep(editor, "Submit for review", { confirm: "Submit for review" });
    await takeStep(editor, "Approve", { confirm: "Approve" });

    const front = hammer(["/"]);
    try {
      await expect.poll(async () => (await read("/")).age).not.toBeNull();
      expect((await read("/")).body).not.toContain(headline);
      expect(await takeStep(editor, "Publish now")).toBe("Published: readers can see it now.");
      const afterPublish = await read("/");
      expect(afterPublish.body).toContain(headline);
    } finally {
      await front.stop();
    }

    const story = hammer([path]);
    try {
      await expect.poll(async () => (await read(path)).age).not.toBeNull();
      const held = await read(path);
      expect(held.status).toBe(200);
      expect(held.body).toContain(headline);
      expect(
        await takeStep(editor, "Unpublish", { noteLabel: "Reason for unpublishing", note: "Timetable not yet confirmed.", confirm: "Unpublish now" }),
      ).toBe("Unpublished: readers can no longer see it.");
      expect((await read(path)).status).toBe(404);
    } finally {
      const seen = await story.stop();
      // Readers before the unpublish got the story, from memory for most of them.
      expect(seen.filter((answer) => answer.age !== null).length).toBeGreaterThan(0);
    }
  });

  it("keeps a page apart per encoding, and never holds newsroom pages", async () => {
    const story = (await read("/")).body.match(/href="(\/articles\/[^"]+)"/)?.[1];
    if (!story) throw new Error("No story linked from the front page");
    await read(story, { "accept-encoding": "gzip" });
    const gzipped = await fetch(`${baseUrl()}${story}`, { headers: { "accept-encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gzipped.headers.get("age")).not.toBeNull();
    await read(story, { "accept-encoding": "identity" });
    const plain = await fetch(`${baseUrl()}${story}`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("age")).not.toBeNull();
    expect(await plain.text()).toContain("</html>");

    for (const path of ["/signin", "/newsroom"]) {
      await read(path);
      expect((await read(path)).age).toBeNull();
    }
  });
});
