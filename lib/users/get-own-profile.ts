import type { Executor } from "@/db/client";
import { selectUserProfile } from "@/db/queries/users";
import { mediaUrl } from "@/lib/media/media-url";

export type OwnProfile = {
  name: string;
  email: string;
  role: string;
  bio: string;
  slug: string;
  photo: { src: string; width: number; height: number; alt: string } | null;
};

/** The signed-in person's own profile, for the profile page. */
export async function getOwnProfile(db: Executor, viewer: { id: string }): Promise<OwnProfile | null> {
  const row = await selectUserProfile(db, { id: viewer.id });
  if (!row) return null;
  const { photo } = row;
  // The narrowest variant is plenty for a preview; the original when there is none.
  const variant = photo ? [...photo.variants].sort((a, b) => a.width - b.width)[0] : undefined;
  return {
    name: row.name,
    email: row.email,
    role: row.role,
    bio: row.bio,
    slug: row.slug,
    photo: photo
      ? {
          src: mediaUrl(variant?.key ?? photo.storageKey),
          width: variant?.width ?? photo.width,
          height: variant?.height ?? photo.height,
          alt: photo.altText || row.name,
        }
      : null,
  };
}
