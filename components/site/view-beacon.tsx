"use client";

import { useEffect, useRef } from "react";

export const VIEW_BEACON_URL = "/api/views";

/**
 * Tells the server once per page view that this story was read. It sends only
 * the story's id: no cookie, no stored id, nothing about the reader; the
 * server filters robots and repeat visits (see app/api/views/route.ts).
 * It renders nothing, so a cached page stays the same for everyone.
 */
export function ViewBeacon({ articleId }: { articleId: string }) {
  // React's development double-run of effects must not send twice.
  const sentFor = useRef<string | null>(null);

  useEffect(() => {
    if (sentFor.current === articleId) return;
    sentFor.current = articleId;
    const body = JSON.stringify({ articleId });
    // A string body goes as text/plain, which needs no preflight anywhere.
    if (typeof navigator.sendBeacon === "function" && navigator.sendBeacon(VIEW_BEACON_URL, body)) return;
    void fetch(VIEW_BEACON_URL, { method: "POST", body, keepalive: true, credentials: "omit" }).catch(() => {
      // A lost count is not worth bothering the reader about.
    });
  }, [articleId]);

  return null;
}
