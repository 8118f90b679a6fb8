import { fireEvent, render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { RevisionHistory } from "@/components/editor/revision-history";
import type { RevisionComparison } from "@/lib/articles/compare-revisions";
import type { RevisionHistory as History } from "@/lib/articles/list-revisions";

const mocks = vi.hoisted(() => ({ listRevisionsAction: vi.fn(), compareRevisionsAction: vi.fn(), restoreRevisionAction: vi.fn() }));
vi.mock("@/lib/actions/revision-actions", () => mocks);

const ARTICLE = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const R1 = "11111111-1111-4111-8111-111111111111";
const R2 = "22222222-2222-4222-8222-222222222222";
const R3 = "33333333-3333-4333-8333-333333333333";

function history(overrides: Partial<History> = {}): History {
  return {
    articleId: ARTICLE,
    language: "en",
    currentVersion: 3,
    timeZone: "Asia/Phnom_Penh",
    restore: { allowed: true },
    revisions: [
      { id: R3, articleVersion: 3, kind: "save", wordCount: 412, note: "", authorName: "Maly Editor", createdAt: "2026-03-02T03:00:00.000Z", updatedAt: "2026-03-02T03:04:00.000Z" },
      { id: R2, articleVersion: 2, kind: "workflow", wordCount: 400, note: "Submitted for review", authorName: "Sophea Reporter", createdAt: "2026-03-01T02:00:00.000Z", updatedAt: "2026-03-01T02:00:00.000Z" },
      { id: R1, articleVersion: 1, kind: "save", wordCount: 1, note: "", authorName: "Sophea Reporter", createdAt: "2026-02-28T01:00:00.000Z", updatedAt: "2026-02-28T01:00:00.000Z" },
    ],
    ...overrides,
  };
}

const COMPARISON: RevisionComparison = {
  from: { id: R2, articleVersion: 2, kind: "workflow", authorName: "Sophea Reporter", createdAt: "", updatedAt: "" },
  to: { id: R3, articleVersion: 3, kind: "save", authorName: "Maly Editor", createdAt: "", updatedAt: "" },
  fields: [
    {
      field: "headline",
      label: "Headline",
      parts: [
        { kind: "same", text: "Rice prices " },
        { kind: "removed", text: "rose" },
        { kind: "added", text: "fell" },
      ],
    },
    { field: "bylines", label: "Bylines", from: ["Sophea Reporter"], to: ["Sophea Reporter", "Dara Keo"] },
    { field: "tags", label: "Tags", added: ["Rice"], removed: ["Floods"] },
  ],
  body: [
    { kind: "skipped", count: 7 },
    { kind: "same", text: "Farmers blamed the floods." },
    { kind: "added", text: "Traders expect a rebound." },
    { kind: "removed", text: "An old closing line." },
  ],
  bodyChanged: true,
};

beforeEach(() => {
  for (const mock of Object.values(mocks)) mock.mockReset();
});

describe("RevisionHistory", () => {
  it("lists revisions with kind, author, time in the newsroom's zone, words and note", async () => {
    mocks.listRevisionsAction.mockResolvedValue({ ok: true, history: history() });
    render(<RevisionHistory articleId={ARTICLE} onRestored={vi.fn()} />);
    const list = await screen.findByRole("list", { name: "Revisions, newest first" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[0]?.textContent).toContain("Saved · version 3 (current)");
    // 03:04 UTC is 10:04 in Phnom Penh.
    expect(items[0]?.textContent).toContain("Maly Editor · 2 Mar 2026, 10:04 · 412 words");
    expect(items[1]?.textContent).toContain("Workflow step · version 2");
    expect(items[1]?.textContent).toContain("Submitted for review");
    expect(items[2]?.textContent).toContain("1 word");
    expect(mocks.listRevisionsAction).toHaveBeenCalledWith(ARTICLE);
  });

  it("compares the two newest by default and renders additions and removals", async () => {
    mocks.listRevisionsAction.mockResolvedValue({ ok: true, history: history() });
    mocks.compareRevisionsAction.mockResolvedValue({ ok: true, comparison: COMPARISON });
    const { container } = render(<RevisionHistory articleId={ARTICLE} onRestored={vi.fn()} />);
    fireEvent.click(await screen.findByRole("button", { name: "Show changes" }));
    await screen.findByText("Traders expect a rebound.");
    expect(mocks.compareRevisionsAction).toHaveBeenCalledWith({ articleId: ARTICLE, fromId: R2, toId: R3 });

    const headline = container.querySelector('[data-field="headline"]');
    expect(headline?.querySelector("del")?.textContent).toBe("[removed: rose]");
    expect(headline?.querySelector("ins")?.textContent).toBe("[added: fell]");
    expect(container.querySelector('[data-field="bylines"]')?.textContent).toContain("Sophea Reporter, Dara Keo");
    expect(container.querySelector('[data-field="tags"]')?.textContent).toBe("TagsAdded: Rice Removed: Floods");
    expect(screen.getByText("… 7 unchanged paragraphs …")).toBeTruthy();
    expect(container.querySelector('[data-change="added"]')?.textContent).toBe("[added paragraph] Traders expect a rebound.");
    expect(container.querySelector('[data-change="removed"]')?.textContent).toBe("[removed paragraph] An old closing line.");
  });

  it("compares any two chosen revisions", async () => {
    mocks.listRevisionsAction.mockResolvedValue({ ok: true, history: history() });
    mocks.compareRevisionsAction.mockResolvedValue({ ok: true, comparison: { ...COMPARISON, fields: [], body: [], bodyChanged: false } });
    render(<RevisionHistory articleId={ARTICLE} onRestored={vi.fn()} />);
    fireEvent.change(await screen.findByLabelText("From"), { target: { value: R1 } });
    fireEvent.click(screen.getByRole("button", { name: "Show changes" }));
    expect(await screen.findByText("These two revisions have the same content.")).toBeTruthy();
    expect(mocks.compareRevisionsAction).toHaveBeenCalledWith({ articleId: ARTICLE, fromId: R1, toId: R3 });
  });

  it("restores after confirmation from the version it listed, tells the editor and reloads", async () => {
    mocks.listRevisionsAction.mockResolvedValueOnce({ ok: true, history: history() }).mockResolvedValueOnce({ ok: true, history: history({ currentVersion: 4 }) });
    mocks.restoreRevisionAction.mockResolvedValue({ ok: true, version: 4, notes: ["Tags deleted since then were left out."] });
    const onRestored = vi.fn();
    render(<RevisionHistory articleId={ARTICLE} onRestored={onRestored} />);
    fireEvent.click(await screen.findByRole("button", { name: "Restore version 1" }));
    // The current version offers no restore of itself.
    expect(screen.queryByRole("button", { name: "Restore version 3" })).toBeNull();
    const confirm = screen.getByRole("alertdialog", { name: "Restore version 1?" });
    fireEvent.click(within(confirm).getByRole("button", { name: "Restore this version" }));

    expect(await screen.findByText("Restored version 1. The story is now at version 4.")).toBeTruthy();
    expect(screen.getByText("Tags deleted since then were left out.")).toBeTruthy();
    expect(mocks.restoreRevisionAction).toHaveBeenCalledWith({ articleId: ARTICLE, revisionId: R1, baseVersion: 3 });
    expect(onRestored).toHaveBeenCalledWith({ version: 4 });
    expect(mocks.listRevisionsAction).toHaveBeenCalledTimes(2);
  });

  it("shows a refused restore and reloads the list after a conflict, without calling onRestored", async () => {
    mocks.listRevisionsAction.mockResolvedValue({ ok: true, history: history() });
    mocks.restoreRevisionAction.mockResolvedValue({ ok: false, conflict: true, currentVersion: 5, error: "This story has changed since you opened it (it is now at version 5)." });
    const onRestored = vi.fn();
    render(<RevisionHistory articleId={ARTICLE} onRestored={onRestored} />);
    fireEvent.click(await screen.findByRole("button", { name: "Restore version 2" }));
    fireEvent.click(screen.getByRole("button", { name: "Restore this version" }));
    expect((await screen.findByRole("alert")).textContent).toBe("This story has changed since you opened it (it is now at version 5).");
    expect(onRestored).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(mocks.listRevisionsAction).toHaveBeenCalledTimes(2));
  });

  it("offers no restore to someone who may not edit the story, and says why", async () => {
    mocks.listRevisionsAction.mockResolvedValue({
      ok: true,
      history: history({ restore: { allowed: false, reason: "This story is in review; you can edit it again if an editor sends it back." } }),
    });
    render(<RevisionHistory articleId={ARTICLE} onRestored={vi.fn()} />);
    expect(await screen.findByText(/Restoring is not available: This story is in review/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Restore version/ })).toBeNull();
  });

  it("shows why the list could not be loaded", async () => {
    mocks.listRevisionsAction.mockResolvedValue({ ok: false, error: "That story does not exist or you cannot see it." });
    render(<RevisionHistory articleId={ARTICLE} onRestored={vi.fn()} />);
    expect((await screen.findByRole("alert")).textContent).toBe("That story does not exist or you cannot see it.");
  });
});
