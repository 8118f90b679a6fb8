import type { LocalCopy, LocalCopyStore } from "./autosave-controller";

const PREFIX = "masthead:draft:";

/** The device copy's key: one per story and person, so a shared computer never mixes two people's work. */
export function localDraftKey(articleId: string, userId: string): string {
  return `${PREFIX}${articleId}:${userId}`;
}

function isLocalCopy(value: unknown): value is LocalCopy {
  if (typeof value !== "object" || value === null) return false;
  const copy = value as Partial<LocalCopy>;
  return typeof copy.baseVersion === "number" && typeof copy.savedAt === "string" && typeof copy.draft === "object" && copy.draft !== null;
}

/**
 * The working draft kept in localStorage. It is synchronous, which is what a
 * page being closed needs (pagehide gives no time to wait for IndexedDB).
 * A full or disabled storage is reported through onError, never thrown.
 */
export function createLocalDraftStore(articleId: string, userId: string, onError: (message: string | null) => void = () => {}): LocalCopyStore {
  const key = localDraftKey(articleId, userId);
  return {
    read() {
      try {
        const raw = window.localStorage.getItem(key);
        if (!raw) return null;
        const parsed: unknown = JSON.parse(raw);
        return isLocalCopy(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    write(copy) {
      try {
        window.localStorage.setItem(key, JSON.stringify(copy));
        onError(null);
      } catch {
        onError("This device could not keep a copy of your changes (its storage is full or disabled).");
      }
    },
    clear() {
      try {
        window.localStorage.removeItem(key);
      } catch {
        // Nothing stored, nothing to clear.
      }
    },
  };
}
