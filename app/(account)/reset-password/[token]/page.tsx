import type { Metadata } from "next";
import { SetPasswordPage } from "@/components/auth/set-password-page";

export const metadata: Metadata = { title: "Reset your password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <SetPasswordPage kind="password_reset" token={token} />;
}
