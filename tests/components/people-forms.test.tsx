import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AddPersonForm } from "@/components/newsroom/people/add-person-form";
import { CreateSectionForm } from "@/components/newsroom/sections/create-section-form";
import type { TaxonomyState } from "@/lib/actions/taxonomy-action-states";
import type { AddPersonState } from "@/lib/actions/user-action-states";

// The server actions are replaced: these tests are about what the forms do
// with an action's answer (field errors, kept input, the one-time hand-over).

const mocks = vi.hoisted(() => ({
  addPersonAction: vi.fn<(previous: AddPersonState | null, formData: FormData) => Promise<AddPersonState>>(),
  createSectionAction: vi.fn<(previous: TaxonomyState | null, formData: FormData) => Promise<TaxonomyState>>(),
}));

vi.mock("@/lib/actions/user-actions", () => ({ addPersonAction: mocks.addPersonAction }));
vi.mock("@/lib/actions/section-actions", () => ({ createSectionAction: mocks.createSectionAction }));

beforeEach(() => {
  mocks.addPersonAction.mockReset();
  mocks.createSectionAction.mockReset();
});

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("AddPersonForm", () => {
  it("shows each field's error next to it, tied for screen readers, and keeps what was typed", async () => {
    mocks.addPersonAction.mockImplementation(async (_previous, formData) => ({
      ok: false,
      error: "Enter a valid email address.",
      fieldErrors: { email: ["Enter a valid email address."] },
      values: { name: String(formData.get("name")), email: String(formData.get("email")), role: String(formData.get("role")), method: String(formData.get("method")) },
    }));
    render(<AddPersonForm timeZone="Asia/Phnom_Penh" />);
    type("Name", "Sokha Chan");
    type("Email address", "sokha-at-example");
    fireEvent.change(screen.getByLabelText("Role"), { target: { value: "editor" } });
    fireEvent.click(screen.getByRole("radio", { name: /One-time password/ }));
    fireEvent.click(screen.getByRole("button", { name: "Add person" }));

    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "Enter a valid email address.");
    const sent = mocks.addPersonAction.mock.calls[0]?.[1];
    expect(Object.fromEntries(sent?.entries() ?? [])).toEqual({ name: "Sokha Chan", email: "sokha-at-example", role: "editor", method: "password" });

    const email = screen.getByLabelText("Email address");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    const described = document.getElementById(email.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toBe("Enter a valid email address.");
    expect(screen.getByLabelText("Name").getAttribute("aria-invalid")).toBeNull();
    // React resets a form after its action; the fields come back with what was sent.
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>("Email address").value).toBe("sokha-at-example"));
    expect(screen.getByLabelText<HTMLInputElement>("Name").value).toBe("Sokha Chan");
    expect(screen.getByLabelText<HTMLSelectElement>("Role").value).toBe("editor");
    expect(screen.getByRole<HTMLInputElement>("radio", { name: /One-time password/ }).checked).toBe(true);
  });

  it("shows the invitation link once, as a full address with its expiry in the newsroom's time zone, and clears the form", async () => {
    mocks.addPersonAction.mockResolvedValue({
      ok: true,
      message: "Maly Sok was added as a reporter. Send them this invitation link.",
      person: { id: "6f1c1f43-5d2b-4d8e-9a57-7f1e0c1e2a10", name: "Maly Sok", email: "maly@example.org" },
      handOver: { kind: "invitation", path: "/invite/abcDEF123_-abcDEF123_-abcDEF123_-abcDEF1234", expiresAt: "2026-03-08T03:00:00.000Z" },
    });
    render(<AddPersonForm timeZone="Asia/Phnom_Penh" />);
    type("Name", "Maly Sok");
    type("Email address", "maly@example.org");
    fireEvent.click(screen.getByRole("button", { name: "Add person" }));

    const link = await screen.findByLabelText<HTMLInputElement>("Invitation link");
    expect(link.value).toBe(`${window.location.origin}/invite/abcDEF123_-abcDEF123_-abcDEF123_-abcDEF1234`);
    expect(link.readOnly).toBe(true);
    // 03:00 UTC is 10:00 in Phnom Penh.
    expect(document.getElementById("invitation-link-hint")?.textContent).toContain("8 March 2026 at 10:00 (Asia/Phnom_Penh)");
    expect(screen.getAllByRole("status").map((status) => status.textContent)).toContain("Maly Sok was added as a reporter. Send them this invitation link.");
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>("Name").value).toBe(""));
  });
});

describe("CreateSectionForm", () => {
  it("suggests the slug from the name as it is typed", () => {
    render(<CreateSectionForm />);
    type("Name (English)", "Land & Rights");
    const slug = screen.getByLabelText<HTMLInputElement>("Slug");
    expect(slug.placeholder).toBe("land-rights");
    expect(document.getElementById(slug.getAttribute("aria-describedby") ?? "")?.textContent).toContain('Leave empty to use "land-rights"');
  });

  it("shows a duplicate slug as an error on the slug field", async () => {
    const message = 'The slug "politics" is already used by the section Politics. Choose another.';
    mocks.createSectionAction.mockImplementation(async (_previous, formData) => ({
      ok: false,
      error: message,
      fieldErrors: { slug: [message] },
      values: { name: String(formData.get("name")), nameKm: "", slug: String(formData.get("slug")), description: "" },
    }));
    render(<CreateSectionForm />);
    type("Name (English)", "Politics");
    type("Slug", "politics");
    fireEvent.click(screen.getByRole("button", { name: "Create section" }));

    expect(await screen.findByRole("alert")).toHaveProperty("textContent", message);
    const slug = screen.getByLabelText("Slug");
    expect(slug.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById("new-section-slug-errors")?.textContent).toBe(message);
    expect(slug.getAttribute("aria-describedby")).toContain("new-section-slug-errors");
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>("Name (English)").value).toBe("Politics"));
  });
});
