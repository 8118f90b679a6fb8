import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangePasswordForm } from "@/components/newsroom/profile/change-password-form";
import { ProfileForm } from "@/components/newsroom/profile/profile-form";
import { getDb } from "@/db/client";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requirePermission } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/users/get-own-profile";
import { MAX_PROFILE_PHOTO_BYTES } from "@/lib/users/update-own-profile";
import { BIO_MAX_LENGTH } from "@/lib/users/user-schemas";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const viewer = await requirePermission("profile.edit", { path: "/newsroom/profile" });
  const profile = await getOwnProfile(await getDb(), viewer);
  if (!profile) notFound();
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Your profile</h1>
      <p className="mb-8 text-sm text-stone-600 dark:text-stone-400">
        Your name, bio and photo appear on your public author page and on your bylines. You sign in as {profile.email}.
      </p>
      <ProfileForm name={profile.name} bio={profile.bio} photo={profile.photo} maxPhotoBytes={MAX_PROFILE_PHOTO_BYTES} bioMaxLength={BIO_MAX_LENGTH} />
      <section aria-labelledby="password-heading" className="mt-12 space-y-4 border-t border-stone-300 pt-8 dark:border-stone-700">
        <h2 id="password-heading" className="font-serif text-xl font-bold">
          Change your password
        </h2>
        <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
      </section>
    </>
  );
}
