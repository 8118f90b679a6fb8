"use client";

import type { Editor } from "@tiptap/core";
import { useEffect, useRef, useState } from "react";
import { sameDraft, type ArticleDraft } from "@/lib/articles/article-input";
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
};

/**
 * Wires the autosave controller to the page: saves after a pause, on hiding
 * the tab and on leaving (keepalive), asks before leaving with unsaved work,
 * follows the connection, and finds a copy left on this device last time.
 */
export function useAutosave({ articleId, userId, version, saved, editor, enabled, read }: Options) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [deviceWarning, setDeviceWarning] = useState<string | null>(null);
  const [restoreCandidate, setRestoreCandidate] = useState<LocalCopy | null>(null);
  const controllerRef = useRef<AutosaveController | null>(null);
  const readRef = useRef(read);
  const initial = useRef({ version, saved });

  useEffect(() => {
    readRef.current = read;
  }, [read]);

  useEffect(() => {
    if (!editor) return;
    const store = createLocalDraftStore(articleId, userId, setDeviceWarning);
    const kept = store.read();
    if (kept && !sameDraft(kept.draft, initial.current.saved)) {
      // Decided by the person (restore, keep as a draft, or discard) before anything else is written.
      queueMicrotask(() => setRestoreCandidate(kept));
    } else if (kept) {
      store.clear();
    }
    if (!enabled) return;

    const controller = new AutosaveController({
      version: initial.current.version,
      saved: initial.current.saved,
      read: () => readRef.current(),
      send: createSaveTransport(articleId),
      store,
      onStatus: setStatus,
      isOnline: () => navigator.onLine,
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
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      // Leaving within the app (a link, a redirect): keep a copy and send what is unsaved.
      controller.leave();
      controller.dispose();
      // Should the editor be wired again (say, it became read-only and back), start from what the server holds.
      initial.current = { version: controller.confirmed.version, saved: controller.confirmed.draft };
      if (controllerRef.current === controller) controllerRef.current = null;
    };
  }, [articleId, userId, editor, enabled]);

  return {
    status,
    deviceWarning,
    restoreCandidate,
    clearRestoreCandidate: () => setRestoreCandidate(null),
    discardDeviceCopy: () => createLocalDraftStore(articleId, userId).clear(),
    controller: () => controllerRef.current,
  };
}
