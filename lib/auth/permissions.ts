import type { Role } from "@/db/schema";

export const PERMISSIONS = [
  "article.create",
  "article.read.own",
  "article.read.any",
  "article.edit.own",
  "article.edit.any",
  "article.submit",
  "article.review",
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.correct",
  "article.archive",
  "article.delete",
  "article.comment",
  "media.upload",
  "media.manage",
  "section.manage",
  "tag.manage",
  "user.manage",
  "settings.manage",
  "audit.read",
  // Each person's own name, bio, photo and password.
  "profile.edit",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const REPORTER: readonly Permission[] = [
  "article.create",
  "article.read.own",
  "article.edit.own",
  "article.submit",
  "article.comment",
  "media.upload",
  "profile.edit",
];

// Editors run the desk: every article, media, section and tag permission.
const EDITOR: readonly Permission[] = PERMISSIONS.filter(
  (permission) =>
    permission.startsWith("article.") ||
    permission.startsWith("media.") ||
    permission === "section.manage" ||
    permission === "tag.manage" ||
    permission === "profile.edit",
);

/** The one place that says what each role may do. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  reporter: new Set(REPORTER),
  editor: new Set(EDITOR),
  admin: new Set(PERMISSIONS),
};

export function hasPermission(role: Role, permission: Permission): boolean {
  // An unknown role (say, a value added to the enum before this table) gets nothing.
  return ROLE_PERMISSIONS[role]?.has(permission) ?? false;
}

export type PermissionSubject = { readonly role: Role; readonly active: boolean };

/**
 * Access-layer check for a signed-in person: nobody (null) and deactivated
 * accounts are denied everything, whatever their role says.
 */
export function userCan(user: PermissionSubject | null | undefined, permission: Permission): boolean {
  if (!user || user.active !== true) return false;
  return hasPermission(user.role, permission);
}
