import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/schema";
import { PERMISSIONS, hasPermission, userCan, type Permission } from "@/lib/auth/permissions";

// Written out by hand, not derived from the table under test: a change to who
// may do what has to change this file too. Columns: reporter, editor, admin.
const EXPECTED: Record<Permission, readonly [reporter: boolean, editor: boolean, admin: boolean]> = {
  "article.create": [true, true, true],
  "article.read.own": [true, true, true],
  "article.read.any": [false, true, true],
  "article.edit.own": [true, true, true],
  "article.edit.any": [false, true, true],
  "article.submit": [true, true, true],
  "article.review": [false, true, true],
  "article.publish": [false, true, true],
  "article.schedule": [false, true, true],
  "article.unpublish": [false, true, true],
  "article.correct": [false, true, true],
  "article.archive": [false, true, true],
  "article.delete": [false, true, true],
  "article.comment": [true, true, true],
  "media.upload": [true, true, true],
  "media.manage": [false, true, true],
  "section.manage": [false, true, true],
  "tag.manage": [false, true, true],
  "user.manage": [false, false, true],
  "settings.manage": [false, false, true],
  "audit.read": [false, false, true],
  "profile.edit": [true, true, true],
};

const ROLE_COLUMN: Record<Role, 0 | 1 | 2> = { reporter: 0, editor: 1, admin: 2 };

const cases = ROLES.flatMap((role) =>
  PERMISSIONS.map((permission) => ({ role, permission, allowed: EXPECTED[permission][ROLE_COLUMN[role]] })),
);

describe("hasPermission", () => {
  it("knows exactly the permissions of the expected matrix", () => {
    expect([...PERMISSIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...ROLES].sort()).toEqual(Object.keys(ROLE_COLUMN).sort());
  });

  it.each(cases)("$role / $permission → $allowed", ({ role, permission, allowed }) => {
    expect(hasPermission(role, permission)).toBe(allowed);
  });

  it("denies a role it does not know", () => {
    expect(hasPermission("owner" as Role, "article.create")).toBe(false);
  });
});

describe("userCan", () => {
  it("denies everything to nobody", () => {
    for (const permission of PERMISSIONS) {
      expect(userCan(null, permission)).toBe(false);
      expect(userCan(undefined, permission)).toBe(false);
    }
  });

  it("denies everything to a deactivated admin", () => {
    for (const permission of PERMISSIONS) {
      expect(userCan({ role: "admin", active: false }, permission)).toBe(false);
    }
  });

  it.each(cases)("active $role / $permission → $allowed", ({ role, permission, allowed }) => {
    expect(userCan({ role, active: true }, permission)).toBe(allowed);
  });
});
