"use server";

import { getDb } from "@/db/client";
import type { UserTokenKind } from "@/db/queries/user-tokens";
import { formText } from "@/lib/forms/form-state";
import { redeemUserToken } from "@/lib/users/redeem-user-token";
import type { SetPasswordState } from "./user-action-states";

// Public actions: whoever holds a valid link may set that one person's
// password. The link (32 random bytes, stored only as a hash) is the credential.

async function setPasswordWithToken(kind: UserTokenKind, formData: FormData): Promise<SetPasswordState> {
  const result = await redeemUserToken(
    await getDb(),
    {
      token: formText(formData, "token"),
      newPassword: formText(formData, "newPassword"),
      confirmPassword: formText(formData, "confirmPassword"),
    },
    kind,
  );
  if (!result.ok) return result;
  return { ok: true, message: "Your password is set. Sign in with your email address and the new password.", email: result.user.email };
}

export async function acceptInvitationAction(_previous: SetPasswordState | null, formData: FormData): Promise<SetPasswordState> {
  return setPasswordWithToken("invitation", formData);
}

export async function resetPasswordWithLinkAction(_previous: SetPasswordState | null, formData: FormData): Promise<SetPasswordState> {
  return setPasswordWithToken("password_reset", formData);
}
