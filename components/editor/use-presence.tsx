"use client";

import { useEffect, useState } from "react";
import { PRESENCE_HEARTBEAT_SECONDS, type PresentEditor } from "@/lib/articles/presence";

/** Reports that this editor is open every 15 seconds and returns who else has the story open. */
export function usePresence(articleId: string): PresentEditor[] {
  const [others, setOthers] = useState<PresentEditor[]>([]);
  useEffect(() => {
    const url = `/api/articles/${encodeURIComponent(articleId)}/presence`;
    let stopped = false;
    const beat = async () => {
      try {
        const response = await fetch(url, { method: "POST", credentials: "same-origin", cache: "no-store" });
        const payload: unknown = await response.json();
        if (!stopped && typeof payload === "object" && payload !== null && (payload as { ok?: unknown }).ok === true) {
          setOthers((payload as { others: PresentEditor[] }).others);
        }
      } catch {
        // Offline: the list stays as it was; the save status already says so.
      }
    };
    const leave = () => {
      void fetch(url, { method: "DELETE", credentials: "same-origin", keepalive: true }).catch(() => {});
    };
    void beat();
    const timer = setInterval(() => void beat(), PRESENCE_HEARTBEAT_SECONDS * 1_000);
    const onVisible = () => {
      if (document.visibilityState === "visible") void beat();
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("pagehide", leave);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [articleId]);
  return others;
}

export function PresenceNotice({ others }: { others: PresentEditor[] }) {
  if (others.length === 0) return null;
  const names = others.map((person) => person.name);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return (
    <p role="status" data-testid="presence" className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      Also open now: <strong>{list}</strong>. If you both change it, the second save will be stopped and shown side by side, so nothing is overwritten.
    </p>
  );
}
