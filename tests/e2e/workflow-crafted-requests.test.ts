import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, newPage } from "./support/browser";
import { createStory, openWorkflow, readStory, signInAs, workflowStatus } from "./support/workflow";

// Crafted requests over HTTP: the workflow's server action replayed by hand
// with other steps and extra fields, with and without a session, each also
// carrying the `x-middleware-subrequest` header that once let requests skip
// Next's middleware. Nothing a reporter sends publishes, schedules or changes
// a story's status or bylines, and the header changes no outcome.

const FORGED = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type CapturedAction = { url: string; headers: Record<string, string> };

/**
 * Presses "Submit for review" and captures the server action request it sends
 * (its action id and headers) without letting it through, so the test can
 * send its own bodies to the same action.
 */
async function captureTransitionAction(page: Page): Promise<CapturedAction> {
  let captured: CapturedAction | null = null;
  const matches = (request: Request) => request.method() === "POST" && Boolean(request.headers()["next-action"]) && (request.postData() ?? "").includes('"action":"submit"');
  await page.route("**/newsroom/stories/**", async (route) => {
    const request = route.request();
    if (!matches(request)) return route.fallback();
    captured = { url: request.url(), headers: request.headers() };
    await route.abort();
  });
  const panel = page.getByRole("region", { name: "Workflow" });
  await panel.getByRole("list", { name: "Workflow steps" }).getByRole("button", { name: "Submit for review", exact: true }).click();
  await panel.locator("form").getByRole("button", { name: "Submit for review", exact: true }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute("**/newsroom/stories/**");
  if (!captured) throw new Error("No server action request was sent");
  return captured;
}

async function sendAction(page: Page, action: CapturedAction, args: unknown, extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = {};
  for (const name of ["next-action", "next-router-state-tree", "accept", "content-type"]) {
    const value = action.headers[name];
    if (value) headers[name] = value;
  }
  const response = await page.request.post(action.url, { headers: { ...headers, ...extraHeaders }, data: JSON.stringify([args]), maxRedirects: 0 });
  return { status: response.status(), text: await response.text() };
}

describe("crafted workflow requests", () => {
  it("refuse a reporter's hand-made publish, schedule, status and byline changes, with or without a forged middleware header", async () => {
    const reporter = await newPage(browser);
    await signInAs(reporter, "reporter");
    const id = await createStory(reporter);
    const { version, draft } = await readStory(reporter, id);
    await openWorkflow(reporter, id);
    const action = await captureTransitionAction(reporter);

    const attempts: [unknown, RegExp][] = [
      [{ articleId: id, action: "publish", baseVersion: version }, /You don't have permission to do this \(your role: reporter\)\./],
      [{ articleId: id, action: "schedule", baseVersion: version, scheduleDate: "2030-01-01", scheduleTime: "09:00" }, /You don't have permission to do this \(your role: reporter\)\./],
      [{ articleId: id, action: "approve", baseVersion: version }, /You don't have permission to do this \(your role: reporter\)\./],
      [{ articleId: id, action: "submit", baseVersion: version, status: "published" }, /does not accept \(status\)\. Nothing was changed\./],
      [{ articleId: id, action: "submit", baseVersion: version, bylines: ["00000000-0000-4000-8000-000000000000"] }, /does not accept \(bylines\)/],
      [{ articleId: id, action: "submit", baseVersion: version, scheduledFor: "2020-01-01T00:00:00Z" }, /does not accept \(scheduledFor\)/],
    ];
    for (const [args, refusal] of attempts) {
      for (const extra of [{}, FORGED]) {
        const answer = await sendAction(reporter, action, args, extra);
        expect(answer.text, `${JSON.stringify(args)} ${JSON.stringify(extra)}`).toMatch(refusal);
        expect(answer.text).not.toContain('"ok":true');
      }
    }

    // Nothing changed: same version, status, bylines and no publication time.
    const after = await readStory(reporter, id);
    expect(after.version).toBe(version);
    expect(after.draft.bylineIds).toEqual(draft.bylineIds);
    await openWorkflow(reporter, id);
    expect(await workflowStatus(reporter)).toBe("Draft");

    // The same action, genuinely asked for, still works: the refusals were about what was asked.
    const real = await sendAction(reporter, action, { articleId: id, action: "submit", baseVersion: version }, FORGED);
    expect(real.text).toContain("Submitted for review. Editors have been told.");
    await openWorkflow(reporter, id);
    expect(await workflowStatus(reporter)).toBe("In review");

    // Signed out, the forged header gets nobody in: the action refuses, or the proxy sends them to sign in.
    const anonymous = await browser.newContext({ baseURL: baseUrl() });
    const anonymousPage = await anonymous.newPage();
    const signedOut = await sendAction(anonymousPage, action, { articleId: id, action: "withdraw", baseVersion: version + 1 }, FORGED);
    expect(signedOut.status === 307 || signedOut.status === 303 || /Your session has ended/.test(signedOut.text)).toBe(true);
    expect(signedOut.text).not.toContain('"ok":true');
    await openWorkflow(reporter, id);
    expect(await workflowStatus(reporter)).toBe("In review");
    await anonymous.close();
  });

  it("keeps protected pages and the internal revalidation route closed to a forged middleware header", async () => {
    const reporter = await newPage(browser);
    await signInAs(reporter, "reporter");
    const audit = await reporter.request.get("/newsroom/audit", { headers: FORGED, maxRedirects: 0 });
    expect(audit.status()).toBe(403);
    expect(await audit.text()).not.toContain("Filter the audit log");

    const anonymous = await browser.newContext({ baseURL: baseUrl() });
    const page = await anonymous.newPage();
    const signedOut = await page.request.get("/newsroom/notifications", { headers: FORGED, maxRedirects: 0 });
    expect([303, 307, 308]).toContain(signedOut.status());
    expect(signedOut.headers().location ?? "").toContain("/signin");

    const internal = await page.request.post("/api/internal/revalidate", {
      headers: { ...FORGED, "content-type": "application/json" },
      data: JSON.stringify({ language: "en", slug: "anything", previousSlug: null }),
    });
    expect(internal.status()).toBe(403);
    await anonymous.close();
  });
});
