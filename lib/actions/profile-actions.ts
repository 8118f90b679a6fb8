"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { authorizeAction } from "@/lib/auth/session";
import { failure, formText, withValues } from "@/lib/forms/form-state";
import { getMediaStorage } from "@/lib/media/storage";
import { revalidatePublicSite } from "@/lib/public/revalidate";
import { revalidateSyndication } from "@/lib/public/syndication-cache";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { updateOwnProfile, type PhotoChange } from "@/lib/users/update-own-profile";
import type { ProfileState } from "./user-action-states";

// A person's own profile. The session says whose: no form field names the
// person, so nobody can edit someone else's profile with a crafted request.

async function photoChange(formData: FormData): Promise<PhotoChange> {
  const file = formData.get("photo");
  if (file instanceof File && file.size > 0) {
    return { kind: "replace", upload: { buffer: Buffer.from(await file.arrayBuffer()), filename: file.name } };
  }
  return formText(formData, "removePhoto") === "on" ? { kind: "remove" } : { kind: "keep" };
}

export async function updateProfileAction(_previous: ProfileState | null, formData: FormData): Promise<ProfileState> {
  const values = { name: formText(formData, "name"), bio: formText(formData, "bio") };
  const auth = await authorizeAction("profile.edit", { type: "profile", id: null });
  if (!auth.ok) return withValues(failure(auth.error), values);

  const result = await updateOwnProfile(await getDb(), getMediaStorage(), auth.user.id, values, await photoChange(formData));
  if (!result.ok) return withValues(result, values);
  if (result.changed.length === 0) return { ok: true, message: "Nothing to save: your profile is as it was." };
  revalidatePath("/newsroom", "layout");
  // The public author pages, bylines and feeds show the name, bio and photo.
  revalidatePublicSite();
  revalidateSyndication();
  return { ok: true, message: "Your profile is saved." };
}

export async function changePasswordAction(_previous: ProfileState | null, formData: FormData): Promise<ProfileState> {
  const auth = await authorizeAction("profile.edit", { type: "profile", id: null });
  if (!auth.ok) return failure(auth.error);

  const result = await changeOwnPassword(await getDb(), auth.user.id, {
    currentPassword: formText(formData, "currentPassword"),
    newPassword: formText(formData, "newPassword"),
    confirmPassword: formText(formData, "confirmPassword"),
  });
  if (!result.ok) return result;
  return { ok: true, message: "Your password is changed. Use the new one next time you sign in." };
}
