import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { baseUrl, launchBrowser, signIn } from "./support/browser";

// Sign-in, roles and the sign-in rate limit, through the real form in Chromium.
// Every browser context claims its own client address, because the rate limit
// also counts failures per address and must not lock out the other tests.

let browser: Browser;
let nextAddress = 1;

function pageFromNewAddress(): Promise<Page> {
  return browser.newPage({ baseURL: baseUrl(), extraHTTPHeaders: { "x-forwarded-for": `10.20.0.${nextAddress++}` } });
}

function account(role: "reporter" | "editor" | "admin") {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!found) throw new Error(`no demo ${role}`);
  return found;
}

async function navLinks(page: Page): Promise<string[]> {
  return (await page.getByRole("navigation", { name: "Newsroom" }).getByRole("link").allTextContents()).map((t) => t.trim());
}

async function attemptSignIn(page: Page, email: string, password: string): Promise<string> {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const error = page.locator("#sign-in-error");
  await error.waitFor({ state: "visible" });
  return (await error.textContent())?.trim() ?? "";
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("sign-in and roles", () => {
  it("sends a signed-out visitor of the newsroom to the sign-in page, and leaves the public site open", async () => {
    const page = await pageFromNewAddress();
    await page.goto("/newsroom/review");
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/newsroom/review");
    const home = await page.goto("/");
    expect(home?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/");
  });

  it("lets each demo role sign in and shows only what the role allows", async () => {
    const expected = {
      reporter: ["Stories"],
      editor: ["Stories", "Review queue"],
      admin: ["Stories", "Review queue", "People"],
    } as const;
    for (const role of ["reporter", "editor", "admin"] as const) {
      const page = await pageFromNewAddress();
      const { email, password, name } = account(role);
      await signIn(page, email, password);
      expect(new URL(page.url()).pathname).toBe("/newsroom");
      await expect.poll(() => page.getByRole("banner").textContent()).toContain(name);
      const links = await navLinks(page);
      for (const link of expected[role]) expect(links, role).toContain(link);
      if (role !== "admin") expect(links, role).not.toContain("People");
      if (role === "reporter") expect(links).not.toContain("Review queue");
      await page.context().close();
    }
  });

  it("refuses a reporter the editors' review queue and an editor the admins' people page", async () => {
    const reporter = await pageFromNewAddress();
    await signIn(reporter, account("reporter").email, account("reporter").password);
    const refused = await reporter.goto("/newsroom/review");
    expect(refused?.status()).toBe(403);
    await expect.poll(() => reporter.getByRole("heading", { level: 1 }).textContent()).toBe("You don't have permission to view this page");
    expect(await reporter.locator("main").textContent()).toContain("reporter");

    const editor = await pageFromNewAddress();
    await signIn(editor, account("editor").email, account("editor").password);
    expect((await editor.goto("/newsroom/review"))?.status()).toBe(200);
    expect((await editor.goto("/newsroom/people"))?.status()).toBe(403);
  });

  it("gives the same message for an unknown email and a wrong password", async () => {
    const page = await pageFromNewAddress();
    const unknown = await attemptSignIn(page, "nobody-here@masthead.test", "whatever-password");
    const wrong = await attemptSignIn(page, account("editor").email, "not-the-password");
    expect(unknown).toBe("Email or password is incorrect.");
    expect(wrong).toBe(unknown);
  });

  it("refuses the sixth attempt after five wrong passwords for one account", async () => {
    const page = await pageFromNewAddress();
    const email = "rate-limit-account@masthead.test";
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await attemptSignIn(page, email, `wrong-password-${attempt}`), `attempt ${attempt}`).toBe("Email or password is incorrect.");
    }
    // From a fresh address, so only the per-account count can be the reason.
    const elsewhere = await pageFromNewAddress();
    expect(await attemptSignIn(elsewhere, email, "wrong-password-6")).toMatch(/^Too many failed sign-in attempts\. Try again in 1[45] minutes\.$/);
  });

  it("refuses even the right password from an address with five failures", async () => {
    const page = await pageFromNewAddress();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await attemptSignIn(page, `someone-${attempt}@masthead.test`, "a-wrong-password");
    }
    const { email, password } = account("editor");
    expect(await attemptSignIn(page, email, password)).toMatch(/^Too many failed sign-in attempts/);
    // The account itself is not locked: from another address it signs in.
    const elsewhere = await pageFromNewAddress();
    await signIn(elsewhere, email, password);
    expect(new URL(elsewhere.url()).pathname).toBe("/newsroom");
  });
});
