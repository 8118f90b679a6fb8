import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ProfileForm } from "@/components/newsroom/profile/profile-form";
import type { ProfileState } from "@/lib/actions/user-action-states";

const mocks = vi.hoisted(() => ({
  updateProfileAction: vi.fn<(previous: ProfileState | null, formData: FormData) => Promise<ProfileState>>(),
}));
vi.mock("@/lib/actions/profile-actions", () => ({ updateProfileAction: mocks.updateProfileAction }));

const MB = 1024 * 1024;

beforeEach(() => {
  mocks.updateProfileAction.mockReset();
  // jsdom has no object URLs; the form only needs one to show a preview.
  URL.createObjectURL = vi.fn(() => "blob:preview-1");
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function renderForm() {
  render(<ProfileForm name="Sokha Chan" bio="Covers the courts." photo={null} maxPhotoBytes={5 * MB} bioMaxLength={1000} />);
}

function choose(file: File) {
  fireEvent.change(screen.getByLabelText("Photo"), { target: { files: [file] } });
}

describe("ProfileForm", () => {
  it("previews a chosen photo before it is uploaded", () => {
    renderForm();
    expect(screen.getByText("No photo yet.")).toBeTruthy();
    choose(new File([new Uint8Array(10)], "me.jpg", { type: "image/jpeg" }));
    const preview = screen.getByRole("img", { name: "Preview of the photo you chose" });
    expect(preview.getAttribute("src")).toBe("blob:preview-1");
  });

  it("refuses a photo over the limit at once, without sending the form", () => {
    renderForm();
    const big = new File([new Uint8Array(1)], "huge.jpg", { type: "image/jpeg" });
    Object.defineProperty(big, "size", { value: 6.5 * MB });
    choose(big);
    const input = screen.getByLabelText("Photo");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById("profile-photo-errors")?.textContent).toBe("That photo is 6.5 MB; photos are limited to 5 MB.");
    fireEvent.click(screen.getByRole("button", { name: "Save profile" }));
    expect(mocks.updateProfileAction).not.toHaveBeenCalled();
  });

  it("counts the bio's characters as they are typed", () => {
    renderForm();
    expect(document.getElementById("profile-bio-hint")?.textContent).toContain("18 used");
    fireEvent.change(screen.getByLabelText("Bio"), { target: { value: "ក".repeat(40) } });
    expect(document.getElementById("profile-bio-hint")?.textContent).toContain("40 used");
  });

  it("shows the server's field error for the bio", async () => {
    mocks.updateProfileAction.mockResolvedValue({
      ok: false,
      error: "Bios are limited to 1,000 characters.",
      fieldErrors: { bio: ["Bios are limited to 1,000 characters."] },
      values: { name: "Sokha Chan", bio: "x".repeat(1001) },
    });
    renderForm();
    fireEvent.click(screen.getByRole("button", { name: "Save profile" }));
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "Bios are limited to 1,000 characters.");
    const bio = screen.getByLabelText("Bio");
    expect(bio.getAttribute("aria-invalid")).toBe("true");
    expect(bio.getAttribute("aria-describedby")).toBe("profile-bio-hint profile-bio-errors");
  });
});
