import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import type { WorkflowContext } from "@/lib/workflow/load-workflow-context";

const mocks = vi.hoisted(() => ({ loadWorkflowContextAction: vi.fn(), transitionStoryAction: vi.fn(), addCorrectionAction: vi.fn() }));
vi.mock("@/lib/actions/workflow-actions", () => ({
  loadWorkflowContextAction: mocks.loadWorkflowContextAction,
  transitionStoryAction: mocks.transitionStoryAction,
}));
vi.mock("@/lib/actions/correction-actions", () => ({ addCorrectionAction: mocks.addCorrectionAction }));

const ARTICLE = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";

function context(overrides: Partial<WorkflowContext> = {}): WorkflowContext {
  return {
    status: "approved",
    version: 5,
    isLive: false,
    actions: ["requestChanges", "publish", "schedule", "archive"],
    timeZone: "Asia/Phnom_Penh",
    scheduledFor: null,
    changesRequested: null,
    checklist: [],
    canCorrect: false,
    livePath: null,
    ...overrides,
  };
}

beforeEach(() => {
  mocks.loadWorkflowContextAction.mockReset().mockResolvedValue(context());
  mocks.transitionStoryAction.mockReset();
});

describe("WorkflowPanel", () => {
  it("flushes the editor's save first and bases the step on the version it returns", async () => {
    const order: string[] = [];
    const beforeTransition = vi.fn(async () => {
      order.push("save");
      return 7;
    });
    mocks.transitionStoryAction.mockImplementation(async () => {
      order.push("transition");
      return { ok: true, status: "published", version: 8, isLive: true, message: "Published: readers can see it now." };
    });
    const onTransitioned = vi.fn();
    render(
      <WorkflowPanel
        articleId={ARTICLE}
        status="approved"
        isLive={false}
        version={5}
        actions={["requestChanges", "publish", "schedule", "archive"]}
        beforeTransition={beforeTransition}
        onTransitioned={onTransitioned}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Publish now" }));
    await screen.findByText("Published: readers can see it now.");
    expect(order).toEqual(["save", "transition"]);
    expect(mocks.transitionStoryAction).toHaveBeenCalledWith({ articleId: ARTICLE, action: "publish", baseVersion: 7 });
    expect(onTransitioned).toHaveBeenCalledWith({ version: 8, status: "published" });
  });

  it("does nothing when the save cannot be flushed", async () => {
    render(
      <WorkflowPanel articleId={ARTICLE} status="approved" isLive={false} version={5} actions={["publish"]} beforeTransition={async () => null} onTransitioned={vi.fn()} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Publish now" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Nothing was changed: the story could not be saved first/);
    expect(mocks.transitionStoryAction).not.toHaveBeenCalled();
  });

  it("asks for a note before requesting changes, keeps it on a refusal, and lists every missing checklist item", async () => {
    mocks.transitionStoryAction.mockResolvedValueOnce({ ok: false, code: "stale", error: "Someone changed this story since you opened it." });
    render(
      <WorkflowPanel
        articleId={ARTICLE}
        status="approved"
        isLive={false}
        version={5}
        actions={["requestChanges", "publish"]}
        beforeTransition={async () => 5}
        onTransitioned={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Request changes" }));
    const note = screen.getByLabelText("What needs to change");
    expect((note as HTMLTextAreaElement).required).toBe(true);
    fireEvent.change(note, { target: { value: "Attribute the second quote" } });
    fireEvent.click(screen.getByRole("button", { name: "Send back for changes" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Someone changed this story since you opened it.");
    expect((screen.getByLabelText("What needs to change") as HTMLTextAreaElement).value).toBe("Attribute the second quote");
    expect(mocks.transitionStoryAction).toHaveBeenCalledWith({ articleId: ARTICLE, action: "requestChanges", baseVersion: 5, note: "Attribute the second quote" });

    mocks.transitionStoryAction.mockResolvedValueOnce({
      ok: false,
      code: "checklist",
      error: "This story is not ready to publish: …",
      checklist: [
        { item: "section", message: "Choose a section." },
        { item: "leadImageCredit", message: "Give the lead image a credit." },
      ],
    });
    fireEvent.click(screen.getByRole("button", { name: "Publish now" }));
    const alert = await screen.findByText("This story is not ready to publish:");
    expect(alert.parentElement?.textContent).toContain("Choose a section.");
    expect(alert.parentElement?.textContent).toContain("Give the lead image a credit.");
  });

  it("schedules with a date and time in the newsroom's zone and shows a refused time at its field", async () => {
    mocks.transitionStoryAction.mockResolvedValueOnce({
      ok: false,
      code: "schedule",
      error: "That time has already passed: choose a time in the future, or publish now.",
      fieldErrors: { scheduleDate: ["That time has already passed: choose a time in the future, or publish now."] },
    });
    render(
      <WorkflowPanel articleId={ARTICLE} status="approved" isLive={false} version={5} actions={["schedule"]} beforeTransition={async () => 5} onTransitioned={vi.fn()} />,
    );
    await waitFor(() => expect(mocks.loadWorkflowContextAction).toHaveBeenCalled());
    fireEvent.click(screen.getByRole("button", { name: "Schedule" }));
    await screen.findByText("In the newsroom’s time zone, Asia/Phnom_Penh.");
    fireEvent.change(screen.getByLabelText("Date"), { target: { value: "2020-01-01" } });
    fireEvent.change(screen.getByLabelText("Time"), { target: { value: "09:30" } });
    await act(async () => {
      fireEvent.click(screen.getAllByRole("button", { name: "Schedule" }).at(-1) as HTMLElement);
    });
    expect(mocks.transitionStoryAction).toHaveBeenCalledWith({ articleId: ARTICLE, action: "schedule", baseVersion: 5, scheduleDate: "2020-01-01", scheduleTime: "09:30" });
    expect(screen.getByLabelText("Date").getAttribute("aria-invalid")).toBe("true");
    expect((screen.getByLabelText("Date") as HTMLInputElement).value).toBe("2020-01-01");
  });

  it("shows the reporter what the editor asked for", async () => {
    mocks.loadWorkflowContextAction.mockResolvedValue(
      context({ status: "changes_requested", actions: ["submit"], changesRequested: { note: "Add the minister's reply", byName: "Dara Keo", at: "2026-05-01T00:00:00Z" } }),
    );
    render(
      <WorkflowPanel articleId={ARTICLE} status="changes_requested" isLive={false} version={3} actions={["submit"]} beforeTransition={async () => 3} onTransitioned={vi.fn()} />,
    );
    const note = await screen.findByRole("note", { name: "Changes requested" });
    expect(note?.textContent).toContain("Dara Keo asked for changes:");
    expect(note?.textContent).toContain("Add the minister's reply");
  });
});
