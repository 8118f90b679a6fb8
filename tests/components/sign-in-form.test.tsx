import { act, fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { SignInForm } from "@/components/auth/sign-in-form";

type SignInResult = { ok: boolean; error: string | null; status: number; url: string | null };

const mocks = vi.hoisted(() => ({
  signIn: vi.fn<(provider: string, options: Record<string, unknown>) => Promise<SignInResult | undefined>>(),
  replace: vi.fn<(href: string) => void>(),
}));

vi.mock("next-auth/react", () => ({ signIn: mocks.signIn }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ replace: mocks.replace, refresh: vi.fn(), push: vi.fn() }) }));

beforeEach(() => {
  mocks.signIn.mockReset();
  mocks.replace.mockReset();
});

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText("Email address"), { target: { value: email } });
  fireEvent.change(screen.getByLabelText("Password"), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("SignInForm", () => {
  it("shows the server's message and lets the person try again", async () => {
    mocks.signIn.mockResolvedValue({ ok: false, error: "Email or password is incorrect.", status: 401, url: null });
    render(<SignInForm callbackUrl="/newsroom" />);

    fillAndSubmit("reporter@masthead.test", "wrong password");

    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "Email or password is incorrect.");
    expect(mocks.signIn).toHaveBeenCalledWith("credentials", {
      email: "reporter@masthead.test",
      password: "wrong password",
      redirect: false,
      callbackUrl: "/newsroom",
    });
    expect(screen.getByRole("button", { name: "Sign in" })).toHaveProperty("disabled", false);
    expect(mocks.replace).not.toHaveBeenCalled();
  });

  it("is pending while the server answers, then goes to the return path", async () => {
    let answer: (result: SignInResult) => void = () => {};
    mocks.signIn.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    render(<SignInForm callbackUrl="/newsroom/review" />);

    fillAndSubmit("editor@masthead.test", "editor-demo-2026");

    const button = screen.getByRole("button", { name: "Signing in…" });
    expect(button).toHaveProperty("disabled", true);
    await act(async () => answer({ ok: true, error: null, status: 200, url: "http://localhost:3000/newsroom/review" }));
    expect(mocks.replace).toHaveBeenCalledWith("/newsroom/review");
  });

  it("never follows a return address off the site, even if one reaches it", async () => {
    mocks.signIn.mockResolvedValue({ ok: true, error: null, status: 200, url: "https://evil.example" });
    render(<SignInForm callbackUrl="//evil.example/steal" />);

    fillAndSubmit("editor@masthead.test", "editor-demo-2026");

    await vi.waitFor(() => expect(mocks.replace).toHaveBeenCalledWith("/newsroom"));
  });

  it("says so when the server cannot be reached", async () => {
    mocks.signIn.mockRejectedValue(new TypeError("Failed to fetch"));
    render(<SignInForm callbackUrl="/newsroom" />);
    fillAndSubmit("editor@masthead.test", "editor-demo-2026");
    expect((await screen.findByRole("alert")).textContent).toMatch(/Could not reach the server/);
  });

  it("shows a notice, and lists demo accounts that fill the form", () => {
    render(
      <SignInForm
        callbackUrl="/newsroom"
        notice="Your account has been deactivated."
        demoAccounts={[{ role: "editor", name: "Dara Keo", email: "editor@masthead.test", password: "editor-demo-2026" }]}
      />,
    );

    expect(screen.getByRole("status").textContent).toBe("Your account has been deactivated.");
    fireEvent.click(screen.getByRole("button", { name: "Use the editor account" }));
    expect(screen.getByLabelText("Email address")).toHaveProperty("value", "editor@masthead.test");
    expect(screen.getByLabelText("Password")).toHaveProperty("value", "editor-demo-2026");
  });

  it("lists no demo accounts unless given some", () => {
    render(<SignInForm callbackUrl="/newsroom" />);
    expect(screen.queryByRole("heading", { name: "Demo accounts" })).toBeNull();
  });
});
