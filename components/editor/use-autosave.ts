"use client";

import type { Editor } from "@tiptap/core";
import { useEffect, useRef, useState } from "react";
import { sameDraft, type ArticleDraft, type ServerCopy } from "@/lib/articles/article-input";
import type { ServerCopyResult } from "@/lib/articles/load-server-copy";
import { AutosaveController, type LocalCopy, type SaveStatus } from "./autosave-controller";
import { createLocalDraftStore } from "./local-draft-store";
import { createSaveTransport } from "./save-transport";

type Options = {
  articleId: string;
  userId: string;
  version: number;
  saved: ArticleDraft;
  editor: Editor | null;
  /** False for a story this person may not edit: nothing is sent. */
  enabled: boolean;
  read(): ArticleDraft;
  /** The server holds a newer copy than the page was rendered with (and nothing is unsaved): show it. */
  onServerCopy(copy: ServerCopy): void;
};

async function fetchServerCopy(articleId: string): Promise<ServerCopy | null> {
  try {
    const response = await fetch(`/api/articles/${encodeURIComponent(articleId)}`, { cache: "no-store", credentials: "same-origin" });
    const payload = (await response.json()) as ServerCopyResult;
    return payload.ok ? payload.copy : null;
  } catch {
    return null;
  }
}

/**
 * Wires the autosave controller to the page: saves after a pause, on hiding
 * the tab and on leaving (keepalive), asks before leaving with unsaved work,
 * follows the connection, and finds a copy left on this device last time.
 */
export function useAutosave({ articleId, userId, version, saved, editor, enabled, read, onServerCopy }: Options) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [deviceWarning, setDeviceWarning] = useState<string | null>(null);
  const [restoreCandidate, setRestoreCandidate] = useState<LocalCopy | null>(null);
  const controllerRef = useRef<AutosaveController | null>(null);
  const readRef = useRef(read);
  // The newest known server state: from the page's props (which a refresh renews) or from the last controller.
  const initial = useRef({ version, saved });
  const [knownVersion, setKnownVersion] = useState(version);

  const onServerCopyRef = useRef(onServerCopy);
  useEffect(() => {
    readRef.current = read;
    onServerCopyRef.current = onServerCopy;
  }, [read, onServerCopy]);

  useEffect(() => {
    if (version > initial.current.version) initial.current = { version, saved };
  }, [version, saved]);

  useEffect(() => {
    if (!editor) return;
    const store = createLocalDraftStore(articleId, userId, setDeviceWarning);
    let cancelled = false;
    const kept = store.read();
    if (kept && !sameDraft(kept.draft, initial.current.saved)) {
      void (async () => {
        // The last page may have sent this copy as it closed (keepalive) after this page was rendered:
        // ask the server for its copy now, and offer the device's only if it still differs.
        const latest = await fetchServerCopy(articleId);
        if (cancelled) return;
        if (latest && sameDraft(kept.draft, latest.draft)) {
          store.clear();
          if (latest.version > initial.current.version) {
            initial.current = { version: latest.version, saved: latest.draft };
            controllerRef.current?.acceptServerCopy(latest);
            onServerCopyRef.current(latest);
          }
          return;
        }
        // Decided by the person (restore, keep as a draft, or discard) before anything else is written.
        setRestoreCandidate(kept);
      })();
    } else if (kept) {
      store.clear();
    }
    if (!enabled) {
      return () => {
        cancelled = true;
      };
    }

    const controller = new AutosaveController({
      version: initial.current.version,
      saved: initial.current.saved,
      read: () => readRef.current(),
      send: createSaveTransport(articleId),
      store,
      onStatus: (next) => {
        setStatus(next);
        setKnownVersion(controller.currentVersion);
      },
      isOnline: () => navigator.onLine,
      whenIdle: (task, deadlineMs) => {
        if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => task(), { timeout: deadlineMs });
        else task();
      },
    });
    controllerRef.current = controller;
    const onVisibility = () => {
      if (document.visibilityState === "hidden" && controller.hasUnsavedChanges()) void controller.flush({ keepalive: true });
    };
    const onPageHide = () => controller.leave();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!controller.hasUnsavedChanges()) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = "";
    };
    const onOnline = () => controller.online();
    const onOffline = () => controller.offline();
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    if (!navigator.onLine) controller.offline();
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      // Leaving within the app (a link, a redirect): keep a copy and send what is unsaved.
      controller.leave();
      controller.dispose();
      // Should the editor be wired again (say, it became read-only and back), start from what the server holds.
      if (controller.confirmed.version >= initial.current.version) initial.current = { version: controller.confirmed.version, saved: controller.confirmed.draft };
      if (controllerRef.current === controller) controllerRef.current = null;
    };
  }, [articleId, userId, editor, enabled]);

  return {
    status,
    /** The version the editor's content is based on, for workflow steps. */
    version: Math.max(knownVersion, version),
    /** A workflow step moved the story to `next` without changing its words. */
    adoptVersion: (next: number) => {
      controllerRef.current?.adoptVersion(next);
      if (next > initial.current.version) initial.current = { ...initial.current, version: next };
      setKnownVersion((current) => Math.max(current, next));
    },
    deviceWarning,
    restoreCandidate,
    clearRestoreCandidate: () => setRestoreCandidate(null),
    discardDeviceCopy: () => createLocalDraftStore(articleId, userId).clear(),
    controller: () => controllerRef.current,
  };
}
