import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PublicationSettingsForm } from "@/components/newsroom/settings/publication-settings-form";
import type { SettingsState } from "@/lib/actions/settings-actions";

// The action is replaced: this is about what the form sends and what it does
// with the answer (field errors tied to their fields, kept input, the version
// a stale refusal hands back).

const mocks = vi.hoisted(() => ({
  updatePublicationSettingsAction: vi.fn<(previous: SettingsState | null, formData: FormData) => Promise<SettingsState>>(),
}));
vi.mock("@/lib/actions/settings-actions", () => ({ updatePublicationSettingsAction: mocks.updatePublicationSettingsAction }));

const SETTINGS = {
  name: "Cambodian Press Collective",
  nameKm: "សមូហភាពសារព័ត៌មានកម្ពុជា",
  tagline: "Independent reporting",
  taglineKm: "",
  siteUrl: "https://news.example.org",
  timezone: "Asia/Phnom_Penh",
  savedVersion: "2026-12-06T01:00:00.000Z",
};

// Braces: a function returned from beforeEach is run as a clean-up, and mockReset() returns the mock.
beforeEach(() => {
  mocks.updatePublicationSettingsAction.mockReset();
});

describe("PublicationSettingsForm", () => {
  it("sends every field with the version it was opened at, and shows a refused field's error next to it with what was typed", async () => {
    mocks.updatePublicationSettingsAction.mockImplementation(async (_previous, formData) => ({
      ok: false,
      error: "Enter the site's public address.",
      fieldErrors: { siteUrl: ["Enter the site's public address."] },
      values: { tagline: String(formData.get("tagline")), siteUrl: String(formData.get("siteUrl")) },
    }));
    render(<PublicationSettingsForm settings={SETTINGS} timeZones={["Asia/Bangkok", "Asia/Phnom_Penh"]} />);
    fireEvent.change(screen.getByLabelText("Tagline (English)"), { target: { value: "New tagline" } });
    fireEvent.change(screen.getByLabelText("Public address"), { target: { value: "nowhere" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));

    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "Enter the site's public address.");
    const sent = Object.fromEntries(mocks.updatePublicationSettingsAction.mock.calls[0]?.[1].entries() ?? []);
    expect(sent).toEqual({ ...SETTINGS, tagline: "New tagline", siteUrl: "nowhere" });
    const address = screen.getByLabelText("Public address");
    expect(address.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(address.getAttribute("aria-describedby")?.split(" ").at(-1) ?? "")?.textContent).toBe("Enter the site's public address.");
    expect(screen.getByLabelText<HTMLInputElement>("Tagline (English)").value).toBe("New tagline");
  });

  it("after a refusal for a stale form, sends the newer version with the next save", async () => {
    mocks.updatePublicationSettingsAction.mockResolvedValueOnce({ ok: false, error: "Someone else saved these settings.", fieldErrors: {}, values: { tagline: "Mine" }, savedVersion: "2026-12-06T02:30:00.000Z" });
    mocks.updatePublicationSettingsAction.mockResolvedValueOnce({ ok: true, message: "Saved: the tagline.", savedVersion: "2026-12-06T03:00:00.000Z" });
    render(<PublicationSettingsForm settings={SETTINGS} timeZones={["Asia/Phnom_Penh"]} />);
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "Someone else saved these settings.");
    expect(screen.getByLabelText<HTMLInputElement>("Tagline (English)").value).toBe("Mine");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByRole("status")).toHaveProperty("textContent", "Saved: the tagline.");
    await waitFor(() => expect(mocks.updatePublicationSettingsAction).toHaveBeenCalledTimes(2));
    expect(mocks.updatePublicationSettingsAction.mock.calls[1]?.[1].get("savedVersion")).toBe("2026-12-06T02:30:00.000Z");
  });

  it("keeps a saved time zone the server's list does not name (UTC) selectable", () => {
    render(<PublicationSettingsForm settings={{ ...SETTINGS, timezone: "UTC" }} timeZones={["Asia/Phnom_Penh"]} />);
    expect(screen.getByLabelText<HTMLSelectElement>("Time zone").value).toBe("UTC");
  });
});
