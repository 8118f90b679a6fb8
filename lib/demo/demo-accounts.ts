import type { Role } from "@/db/schema";

export type DemoAccount = {
  readonly role: Role;
  readonly name: string;
  readonly email: string;
  readonly password: string;
};

// One account per role, so a visitor can try each view of the newsroom. The
// seed creates them and the sign-in page lists them, both only in demo mode.
export const DEMO_ACCOUNTS = [
  { role: "reporter", name: "Sophea Chan", email: "reporter@masthead.test", password: "reporter-demo-2026" },
  { role: "editor", name: "Dara Keo", email: "editor@masthead.test", password: "editor-demo-2026" },
  { role: "admin", name: "Vannak Lim", email: "admin@masthead.test", password: "admin-demo-2026" },
] as const satisfies readonly DemoAccount[];
