"use client";

import { useActionState, useEffect, useState } from "react";
import { buttonClass, describedBy, errorsOf, FieldErrors, FormMessage, hintClass, inputClass, labelClass, valueOf } from "@/components/forms/form-feedback";
import { TextField } from "@/components/forms/text-field";
import { updateProfileAction } from "@/lib/actions/profile-actions";

export type ProfileFormProps = {
  name: string;
  bio: string;
  photo: { src: string; width: number; height: number; alt: string } | null;
  /** MAX_PROFILE_PHOTO_BYTES, passed in so this bundle does not load the server module. */
  maxPhotoBytes: number;
  bioMaxLength: number;
};

const ACCEPTED = "image/jpeg,image/png,image/webp";

export function ProfileForm({ name, bio, photo, maxPhotoBytes, bioMaxLength }: ProfileFormProps) {
  const [state, formAction, pending] = useActionState(updateProfileAction, null);
  const [preview, setPreview] = useState<string | null>(null);
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const [bioLength, setBioLength] = useState(bio.length);
  const photoErrors = photoProblem ? [photoProblem] : errorsOf(state, "photo");
  const bioErrors = errorsOf(state, "bio");

  // The preview is an object URL of the chosen file; it is released when replaced or unmounted.
  useEffect(() => () => {
    if (preview) URL.revokeObjectURL(preview);
  }, [preview]);

  // After a save the form resets: the chosen file is gone, so its preview goes too.
  const [lastState, setLastState] = useState(state);
  if (state !== lastState) {
    setLastState(state);
    setPreview(null);
  }

  const shown = preview ? { src: preview, alt: "Preview of the photo you chose" } : photo;

  return (
    <form
      action={formAction}
      className="max-w-xl space-y-5"
      noValidate
      onSubmit={(event) => {
        if (photoProblem) event.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <TextField id="profile-name" name="name" label="Name" autoComplete="name" required defaultValue={valueOf(state, "name", name)} errors={errorsOf(state, "name")} />
      <div>
        <label htmlFor="profile-bio" className={labelClass}>
          Bio
        </label>
        <p id="profile-bio-hint" className={hintClass}>
          Plain text shown on your public author page, up to {bioMaxLength.toLocaleString("en")} characters. {bioLength.toLocaleString("en")} used.
        </p>
        <textarea
          id="profile-bio"
          name="bio"
          rows={6}
          defaultValue={valueOf(state, "bio", bio)}
          onChange={(event) => setBioLength(event.target.value.length)}
          className={inputClass}
          {...describedBy("profile-bio", bioErrors, "profile-bio-hint")}
        />
        <FieldErrors id="profile-bio-errors" errors={bioErrors} />
      </div>
      <div className="space-y-2">
        <label htmlFor="profile-photo" className={labelClass}>
          Photo
        </label>
        {shown ? (
          // A user's own upload or a blob: preview; next/image cannot optimise either.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={shown.src} alt={shown.alt} className="h-32 w-32 rounded object-cover" />
        ) : (
          <p className={hintClass}>No photo yet.</p>
        )}
        <p id="profile-photo-hint" className={hintClass}>
          A JPEG, PNG or WebP image up to {Math.round(maxPhotoBytes / (1024 * 1024))} MB. Location and camera details are removed.
        </p>
        <input
          id="profile-photo"
          name="photo"
          type="file"
          accept={ACCEPTED}
          className="block text-sm"
          {...describedBy("profile-photo", photoErrors, "profile-photo-hint")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            setPreview(file ? URL.createObjectURL(file) : null);
            // Caught here, because the server refuses a request this large before the action runs.
            setPhotoProblem(
              file && file.size > maxPhotoBytes
                ? `That photo is ${(file.size / (1024 * 1024)).toFixed(1)} MB; photos are limited to ${Math.round(maxPhotoBytes / (1024 * 1024))} MB.`
                : null,
            );
          }}
        />
        <FieldErrors id="profile-photo-errors" errors={photoErrors} />
        {photo && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="removePhoto" /> Remove my photo
          </label>
        )}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
