import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";

export default async function NewsroomForbidden() {
  const user = await getCurrentUser();
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="font-serif text-3xl font-bold">You don&apos;t have permission to view this page</h1>
      <p>
        {user ? (
          <>
            You are signed in as <span className="font-bold">{user.name}</span>, whose role is{" "}
            <span className="font-bold">{user.role}</span>. Ask an administrator if you need access.
          </>
        ) : (
          "Your account does not have access to this page."
        )}
      </p>
      <p>
        <Link href="/newsroom" className="underline underline-offset-4">
          Back to the stories
        </Link>
      </p>
    </div>
  );
}
