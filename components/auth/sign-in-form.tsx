"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export type DemoAccountOption = { role: string; name: string; email: string; password: string };

const UNREACHABLE = "Could not reach the server. Check your connection and try again.";

const inputClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100";

export function SignInForm({
  callbackUrl,
  notice,
  demoAccounts = [],
}: {
  /** Already reduced to a path on this site by the page; checked again here. */
  callbackUrl: string;
  /** Why the person is here, e.g. their account was deactivated. */
  notice?: string;
  demoAccounts?: readonly DemoAccountOption[];
}) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const target = safeCallbackPath(callbackUrl);
    try {
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl: target });
      if (result?.ok && !result.error) {
        // Every page worth returning to sits under another root layout, so
        // this is a full page load that reads the new session cookie.
        router.replace(target);
        return;
      }
      setError(result?.error || "Sign-in failed. Try again.");
    } catch {
      setError(UNREACHABLE);
    }
    setPending(false);
  }

  return (
    <div className="space-y-8">
      <form onSubmit={onSubmit} className="space-y-5" aria-describedby={error ? "sign-in-error" : undefined} noValidate>
        <h1 className="font-serif text-2xl font-bold">Sign in</h1>
        {notice && !error && (
          <p role="status" className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
            {notice}
          </p>
        )}
        {error && (
          <p id="sign-in-error" role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
            {error}
          </p>
        )}
        <div>
          <label htmlFor="sign-in-email" className="block text-sm font-bold">
            Email address
          </label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="sign-in-password" className="block text-sm font-bold">
            Password
          </label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            className={inputClass}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="w-full rounded bg-stone-900 px-4 py-2 font-bold text-white hover:bg-stone-700 disabled:cursor-wait disabled:opacity-70 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
        >
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>

      {demoAccounts.length > 0 && (
        <section aria-labelledby="demo-accounts-heading" className="rounded border border-dashed border-stone-400 p-4 text-sm dark:border-stone-600">
          <h2 id="demo-accounts-heading" className="font-bold">
            Demo accounts
          </h2>
          <p className="mt-1 text-stone-600 dark:text-stone-400">This is a demonstration newsroom. Try each role:</p>
          <ul className="mt-3 space-y-3">
            {demoAccounts.map((account) => (
              <li key={account.email} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-bold capitalize">{account.role}</span> ({account.name})
                  <br />
                  <code>{account.email}</code> / <code>{account.password}</code>
                </span>
                <button
                  type="button"
                  onClick={() => {
                    setEmail(account.email);
                    setPassword(account.password);
                    setError(null);
                  }}
                  className="rounded border border-stone-500 px-2 py-1 hover:bg-stone-100 dark:hover:bg-stone-800"
                >
                  Use the {account.role} account
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
