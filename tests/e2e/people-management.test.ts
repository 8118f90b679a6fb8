import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { baseUrl, checkAccessibility, describeViolations, launchBrowser, signIn } from "./support/browser";

// People management in a real browser, against the built app with the demo
// newsroom: an admin invites someone, the invitee chooses a password and signs
// in, the admin deactivates them and their very next request signs them out;
// a reporter is refused the people and sections pages.

const admin = DEMO_ACCOUNTS.find((account) => account.role === "admin");
const editor = DEMO_ACCOUNTS.find((account) => account.role === "editor");
const reporter = DEMO_ACCOUNTS.find((account) => account.role === "reporter");
if (!admin || !editor || !reporter) throw new Error("demo accounts missing");

let browser: Browser;
let nextAddress = 1;

/** A page in a context of its own, from its own address: the sign-in rate limit counts per address. */
async function freshPage(headers: Record<string, string> = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    extraHTTPHeaders: { "x-forwarded-for": `10.0.4.${nextAddress++}`, ...headers },
  });
  return context.newPage();
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("people management", () => {
  it("invites a person who sets a password and signs in, then is signed out on their next request once deactivated", async () => {
    const stamp = Date.now().toString(36);
    const invitee = { name: `Sokunthea Invitee ${stamp}`, email: `sokunthea.${stamp}@example.org`, password: "mango-season-rain" };

    const adminPage = await freshPage();
    await signIn(adminPage, admin.email, admin.password);
    await adminPage.goto("/newsroom/people");
    await adminPage.getByRole("link", { name: "Add a person" }).click();
    await adminPage.waitForURL("**/newsroom/people/new");
    await adminPage.getByLabel("Name").fill(invitee.name);
    await adminPage.getByLabel("Email address").fill(invitee.email);
    await adminPage.getByLabel("Role").selectOption("reporter");
    await adminPage.getByRole("radio", { name: /Invitation link/ }).check();
    await adminPage.getByRole("button", { name: "Add person" }).click();
    const linkField = adminPage.getByLabel("Invitation link", { exact: true });
    await linkField.waitFor();
    await expect.poll(() => adminPage.getByRole("status").allTextContents()).toContainEqual(expect.stringContaining(`${invitee.name} was added as a reporter`));
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl()}/invite/[A-Za-z0-9_-]{43}$`));

    const violations = await checkAccessibility(adminPage);
    expect(violations, describeViolations(violations)).toEqual([]);

    // The invitee, in another browser context, chooses a password.
    const inviteePage = await freshPage();
    await inviteePage.goto(link);
    await inviteePage.getByRole("heading", { name: `Welcome, ${invitee.name}` }).waitFor();
    await inviteePage.getByLabel("New password", { exact: true }).fill("too-short");
    await inviteePage.getByLabel("New password again").fill("too-short");
    await inviteePage.getByRole("button", { name: "Set password" }).click();
    await expect.poll(() => inviteePage.getByRole("alert").allTextContents()).toContainEqual(expect.stringContaining("at least 10 characters"));
    await inviteePage.getByLabel("New password", { exact: true }).fill(invitee.password);
    await inviteePage.getByLabel("New password again").fill(invitee.password);
    await inviteePage.getByRole("button", { name: "Set password" }).click();
    await inviteePage.getByRole("heading", { name: "Password set" }).waitFor();

    await signIn(inviteePage, invitee.email, invitee.password);
    await inviteePage.goto("/newsroom");
    expect(await inviteePage.locator("header").textContent()).toContain(invitee.name);

    // The link works once.
    const reusePage = await freshPage();
    await reusePage.goto(link);
    expect(await reusePage.getByRole("alert").allTextContents()).toContainEqual(expect.stringContaining("already been used"));
    await reusePage.context().close();

    // The admin sees them signed in, and deactivates them.
    await adminPage.goto("/newsroom/people");
    const row = adminPage.getByRole("row", { name: new RegExp(invitee.name) });
    expect(await row.textContent()).toContain("Active");
    expect(await row.textContent()).not.toContain("Never");
    await row.getByRole("link", { name: invitee.name }).click();
    await adminPage.getByRole("heading", { name: invitee.name, level: 1 }).waitFor();
    await adminPage.getByRole("button", { name: `Deactivate ${invitee.name}` }).click();
    await expect
      .poll(() => adminPage.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining(`${invitee.name} is deactivated`));
    await adminPage.getByRole("button", { name: `Reactivate ${invitee.name}` }).waitFor();

    // The invitee's very next request ends their session.
    await inviteePage.goto("/newsroom");
    await inviteePage.waitForURL((url) => url.pathname === "/signin");
    expect(new URL(inviteePage.url()).searchParams.get("error")).toBe("deactivated");
    expect(await inviteePage.getByRole("status").allTextContents()).toContainEqual(expect.stringContaining("deactivated"));

    await inviteePage.context().close();
    await adminPage.context().close();
  });

  it("refuses a reporter the people and sections pages, even with a forged middleware header", async () => {
    const attempts: Record<string, string>[] = [{}, { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }];
    for (const headers of attempts) {
      const page = await freshPage(headers);
      await signIn(page, reporter.email, reporter.password);
      const nav = page.getByRole("navigation", { name: "Newsroom" });
      expect(await nav.getByRole("link", { name: "People" }).count()).toBe(0);
      expect(await nav.getByRole("link", { name: "Sections" }).count()).toBe(0);

      for (const path of ["/newsroom/people", "/newsroom/people/new", "/newsroom/sections", "/newsroom/tags", "/newsroom/settings"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("You don't have permission to view this page");
      }
      // Their own profile is theirs to edit.
      const profile = await page.goto("/newsroom/profile");
      expect(profile?.status()).toBe(200);
      expect(await page.getByLabel("Name").inputValue()).toBe(reporter.name);
      await page.context().close();
    }
  });

  it("lets an admin change the publication's tagline, which the public front page shows at once; an editor may not", async () => {
    const page = await freshPage();
    await signIn(page, admin.email, admin.password);
    await page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Settings" }).click();
    await page.waitForURL("**/newsroom/settings");
    expect(describeViolations(await checkAccessibility(page))).toBe("");
    const field = page.getByLabel("Tagline (English)");
    const original = await field.inputValue();
    const address = page.getByLabel("Public address");
    const originalAddress = await address.inputValue();
    const tagline = `Reporting that outlasts the pressure ${Date.now()}`;

    await field.fill(tagline);
    await address.fill("not an address");
    await page.getByRole("button", { name: "Save settings" }).click();
    // Refused, with the reason at the field, and nothing typed is lost.
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Enter the site's public address");
    expect(await field.inputValue()).toBe(tagline);
    await address.fill(originalAddress);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/^Saved: the tagline/);
    const front = await fetch(`${baseUrl()}/`);
    expect(await front.text()).toContain(tagline);

    await field.fill(original);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/^Saved: the tagline/);
    await page.context().close();

    const editorPage = await freshPage();
    await signIn(editorPage, editor.email, editor.password);
    expect(await editorPage.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Settings" }).count()).toBe(0);
    expect((await editorPage.goto("/newsroom/settings"))?.status()).toBe(403);
    await editorPage.context().close();
  });
});
