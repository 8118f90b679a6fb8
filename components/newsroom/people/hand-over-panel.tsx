"use client";

import { absoluteUrl, HandOverSecret } from "@/components/forms/hand-over";
import type { HandOver } from "@/lib/actions/user-action-states";

const LINK_LABELS = { invitation: "Invitation link", password_reset: "Password reset link" } as const;

/** The link or one-time password an admin must pass on, with when a link stops working. */
export function HandOverPanel({ handOver, name, timeZone }: { handOver: HandOver; name: string; timeZone: string }) {
  if (handOver.kind === "password") {
    return (
      <HandOverSecret
        id="one-time-password"
        label="One-time password"
        value={handOver.password}
        hint={`Give it to ${name} in person or over a secure channel. It is shown only now; they can change it on their profile page.`}
      />
    );
  }
  const expires = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone }).format(new Date(handOver.expiresAt));
  return (
    <HandOverSecret
      id={handOver.kind === "invitation" ? "invitation-link" : "reset-link"}
      label={LINK_LABELS[handOver.kind]}
      value={absoluteUrl(handOver.path)}
      hint={`Send it to ${name} over a secure channel. It works once, until ${expires} (${timeZone}), and is shown only now.`}
    />
  );
}
