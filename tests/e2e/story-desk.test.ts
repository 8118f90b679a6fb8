import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { baseUrl, checkAccessibility, describeViolations, launchBrowser, signIn } from "./support/browser";

// The story desk in a real browser, on the demo newsroom: filters, search and
// sorting live in the URL, and bad URL values never break the page.

const editor = DEMO_ACCOUNTS.find((account) => account.role === "editor");
if (!editor) throw new Error("demo editor missing");

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ baseURL: baseUrl(), extraHTTPHeaders: { "x-forwarded-for": "10.0.8.1" } });
  page = await context.newPage();
  await signIn(page, editor.email, editor.password);
});
afterAll(async () => {
  await browser?.close();
});

const rows = () => page.locator("tbody tr[data-story-id]");
const filters = () => page.getByRole("search", { name: "Filter stories" });
const column = async (index: number) => (await rows().evaluateAll((trs, i) => trs.map((tr) => tr.children[i]?.textContent?.trim() ?? ""), index)) as string[];

describe("story desk", () => {
  it("filters by status and language with the form, and the URL keeps the view", async () => {
    await page.goto("/newsroom");
    const all = await rows().count();
    expect(all).toBeGreaterThan(3);
    const violations = await checkAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await filters().getByLabel("Status").selectOption("published");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/status=published/);
    const statuses = await column(1);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.length).toBeLessThan(all);
    expect(statuses.every((status) => status.startsWith("Published"))).toBe(true);
    expect(statuses.some((status) => status.includes("Live"))).toBe(true);

    await filters().getByLabel("Language").selectOption("km");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/language=km/);
    expect(new Set(await column(4))).toEqual(new Set(["Khmer"]));
    expect(await filters().getByLabel("Status").inputValue()).toBe("published");
  });

  it("searches headlines and sorts by a column header", async () => {
    // Other test files add stories to the same server, so the check is that the two directions mirror each other.
    await page.goto("/newsroom?sort=headline&status=published");
    const headlines = (await column(0)).filter((headline) => headline !== "Untitled");
    await page.goto("/newsroom?sort=headline&dir=desc&status=published");
    const descending = (await column(0)).filter((headline) => headline !== "Untitled");
    expect(headlines.length).toBeGreaterThan(1);
    expect(descending).toEqual([...headlines].reverse());

    const word = (headlines.find((headline) => /^[A-Za-z]/.test(headline)) ?? "").split(" ")[0] ?? "";
    await filters().getByLabel("Headline contains").fill(word);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/q=/);
    const found = await column(0);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((headline) => headline.toLowerCase().includes(word.toLowerCase()))).toBe(true);

    await page.goto("/newsroom");
    await page.locator("thead").getByRole("link", { name: "Headline", exact: true }).click();
    await page.waitForURL(/sort=headline/);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain("Headline");
  });

  it("ignores bad URL values instead of failing", async () => {
    const response = await page.goto("/newsroom?status=deleted&section=1%20OR%201%3D1&sort=evil&dir=up&page=-3&language=fr");
    expect(response?.status()).toBe(200);
    expect(await rows().count()).toBeGreaterThan(0);
    expect(await filters().getByLabel("Status").inputValue()).toBe("");
    const beyond = await page.goto("/newsroom?page=9999");
    expect(beyond?.status()).toBe(200);
    expect(await rows().count()).toBeGreaterThan(0);
  });

  it("creates a draft with New story and opens it in the editor", async () => {
    await page.goto("/newsroom");
    const form = page.getByRole("form", { name: "New story" });
    await form.getByLabel("Language").selectOption("km");
    await form.getByRole("button", { name: "New story" }).click();
    await page.waitForURL(/\/newsroom\/stories\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const id = new URL(page.url()).pathname.split("/").pop() ?? "";
    await page.goto("/newsroom?language=km&status=draft");
    expect(await page.locator(`tbody tr[data-story-id="${id}"]`).count()).toBe(1);
  });
});
