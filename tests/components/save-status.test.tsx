import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SaveStatus } from "@/components/editor/autosave-controller";
import { SaveStatusBar, saveStatusText } from "@/components/editor/save-status";
import type { ServerCopy } from "@/lib/articles/article-input";

const ZONE = "Asia/Phnom_Penh";
// 03:42 UTC is 10:42 in Phnom Penh (UTC+7).
const AT = new Date("2026-03-02T03:42:10Z");

const copy: ServerCopy = {
  version: 4,
  status: "draft",
  updatedAt: AT.toISOString(),
  updatedByName: "Dara Keo",
  draft: { headline: "", standfirst: "", slug: "x", language: "en", sectionId: null, leadImageId: null, bylineIds: [], tagIds: [], body: { type: "doc" } },
};

describe("save status", () => {
  it.each<[SaveStatus, string]>([
    [{ kind: "saving" }, "Saving…"],
    [{ kind: "saved", at: AT }, "Saved at 10:42"],
    [{ kind: "offline" }, "Offline — changes kept on this device"],
    [{ kind: "failed", reason: "This story is in review.", fieldErrors: {} }, "Not saved: This story is in review."],
    [{ kind: "conflict", current: copy, mine: copy.draft }, "Not saved: someone else saved a newer version"],
  ])("shows %o as “%s”", (status, text) => {
    expect(saveStatusText(status, ZONE)).toBe(text);
    render(<SaveStatusBar status={status} timeZone={ZONE} words={1234} minutes={6} deviceWarning={null} />);
    expect(screen.getByRole("status").textContent).toBe(text);
    expect(screen.getByTestId("word-count").textContent).toBe("1,234 words · 6 min read");
  });

  it("shows the time in the newsroom's zone, not the browser's", () => {
    expect(saveStatusText({ kind: "saved", at: AT }, "UTC")).toBe("Saved at 03:42");
  });

  it("warns when the device cannot keep a copy", () => {
    render(<SaveStatusBar status={{ kind: "idle" }} timeZone={ZONE} words={1} minutes={1} deviceWarning="This device could not keep a copy of your changes." />);
    expect(screen.getByRole("alert").textContent).toMatch(/could not keep a copy/);
    expect(screen.getByTestId("word-count").textContent).toBe("1 word · 1 min read");
  });
});
