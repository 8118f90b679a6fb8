import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/auth-options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth's own endpoints (csrf, callback/credentials, session, signout).
// Sign-in is authorized inside the Credentials provider, not here.
async function handler(request: NextRequest, context: RouteContext): Promise<Response> {
  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };
