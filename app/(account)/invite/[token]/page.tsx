import type { Metadata } from "next";
import { SetPasswordPage } from "@/components/auth/set-password-page";

export const metadata: Metadata = { title: "Accept your invitation", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <SetPasswordPage kind="invitation" token={token} />;
}
