import fs from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, Result, RunOptions } from "axe-core";
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_ARGS } from "./chromium-args";

// Helpers for e2e tests: the global setup has already started the app and
// found Chromium; these drive it.

/** Where the app under test answers, e.g. http://localhost:41234. */
export function baseUrl(): string {
  return inject("e2eBaseUrl");
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("e2eChromePath"), args: [...CHROMIUM_ARGS] });
}

/** A page in a context of its own (its own cookies), resolving relative URLs against the app. */
export function newPage(browser: Browser): Promise<Page> {
  return browser.newPage({ baseURL: baseUrl() });
}

/**
 * Signs in through the form at /signin and waits to be sent on. Fails with the
 * form's own message when it refuses the credentials.
 */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  try {
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 15_000 });
  } catch {
    const alerts = await page.getByRole("alert").allTextContents();
    throw new Error(`Signing in as ${email} did not leave /signin${alerts.length ? `: ${alerts.join(" ").trim()}` : ""}`);
  }
}

let axeSource: string | undefined;

/**
 * Runs axe-core on the page as it is now and returns the violations (WCAG 2.x
 * A and AA rules unless `options` says otherwise).
 */
export async function checkAccessibility(page: Page, options?: RunOptions): Promise<Result[]> {
  axeSource ??= fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  // After a server action or a client-side navigation React replaces the
  // hoisted <title> when the new page's metadata arrives, which can come a
  // moment after the content a test waited for. Give it that moment; a page
  // that never gets a title still fails axe's document-title rule below.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  await page.addScriptTag({ content: axeSource });
  const runOptions: RunOptions = options ?? {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  };
  return page.evaluate(async (opts) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    const results = await axe.run(document, opts);
    return results.violations;
  }, runOptions);
}

/** One line per violation and element, for an assertion message a person can act on. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact ?? "?"}): ${node.target.join(" ")} — ${violation.help}`))
    .join("\n");
}
