import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { baseUrl, signIn } from "./browser";

// The story editor as the e2e files drive it: signed-in contexts, a new or
// reopened story, the body, the save status and the server's copy.

export type Role = "reporter" | "editor" | "admin";

export function account(role: Role) {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!found) throw new Error(`no demo ${role}`);
  return found;
}

export const EDITABLE = '.ProseMirror[contenteditable="true"]';

/**
 * Signs people in, each in a context of its own (cookies, storage) and from an
 * address of its own under `subnet` ("10.0.21"), so the sign-in rate limit is not shared.
 */
export function contextMaker(browser: () => Browser, subnet: string) {
  let address = 20;
  return async function signedIn(role: Role): Promise<{ context: BrowserContext; page: Page }> {
    address += 1;
    const context = await browser().newContext({ baseURL: baseUrl(), extraHTTPHeaders: { "x-forwarded-for": `${subnet}.${address}` } });
    const page = await context.newPage();
    const { email, password } = account(role);
    await signIn(page, email, password);
    return { context, page };
  };
}

export async function newStory(page: Page, language: "en" | "km" = "en"): Promise<string> {
  await page.goto("/newsroom/stories/new");
  if (language === "km") await page.getByLabel("ខ្មែរ (Khmer)").check();
  await page.getByRole("button", { name: "Create story" }).click();
  await page.waitForURL(/\/newsroom\/stories\/[0-9a-f-]{36}$/);
  await page.locator(EDITABLE).waitFor();
  return new URL(page.url()).pathname.split("/").at(-1) ?? "";
}

export async function openStory(page: Page, id: string): Promise<void> {
  await page.goto(`/newsroom/stories/${id}`);
  await page.locator(EDITABLE).waitFor();
}

export const body = (page: Page) => page.getByRole("textbox", { name: "Story text" });
export const status = (page: Page) => page.getByTestId("save-status");

/** Clicks into the body and waits until it really has focus (typing earlier loses characters). */
export async function focusBody(page: Page): Promise<void> {
  await body(page).click();
  await page.waitForFunction(() => document.activeElement?.classList.contains("ProseMirror") ?? false);
}

export async function moveToEnd(page: Page): Promise<void> {
  await focusBody(page);
  await page.keyboard.press("Control+End");
}

export async function waitSaved(page: Page): Promise<void> {
  await expect.poll(async () => (await status(page).textContent()) ?? "", { timeout: 15_000 }).toMatch(/^Saved at \d\d:\d\d$/);
}

export async function serverBody(page: Page, id: string): Promise<string> {
  const response = await page.request.get(`/api/articles/${id}`);
  const json = (await response.json()) as { copy: { draft: { body: unknown; headline: string } } };
  return JSON.stringify(json.copy.draft);
}

type Session = { context: BrowserContext; page: Page };

/**
 * A reporter and an editor open one story; the reporter saves `theirs`, then
 * the editor types `mine` on the older version and meets the conflict screen.
 */
export async function meetConflict(signedIn: (role: Role) => Promise<Session>, headline: string, theirs: string, mine: string) {
  const reporter = await signedIn("reporter");
  const editor = await signedIn("editor");
  const id = await newStory(reporter.page);
  await reporter.page.getByLabel("Headline").fill(headline);
  await waitSaved(reporter.page);
  await openStory(editor.page, id);
  await expect.poll(() => editor.page.getByTestId("presence").textContent()).toContain(account("reporter").name);

  await moveToEnd(reporter.page);
  await reporter.page.keyboard.type(theirs);
  await waitSaved(reporter.page);
  await moveToEnd(editor.page);
  await editor.page.keyboard.type(mine);
  const conflict = editor.page.getByRole("dialog", { name: "Someone else saved this story while you were editing" });
  await conflict.waitFor({ timeout: 15_000 });
  return { reporter, editor, id, conflict };
}
