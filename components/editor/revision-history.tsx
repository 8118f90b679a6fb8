"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { compareRevisionsAction, listRevisionsAction, restoreRevisionAction } from "@/lib/actions/revision-actions";
import type { RevisionComparison } from "@/lib/articles/compare-revisions";
import type { RevisionEntry, RevisionHistory as History } from "@/lib/articles/list-revisions";
import { RevisionDiffView } from "./revision-diff-view";

const KIND_NAMES: Record<RevisionEntry["kind"], string> = {
  save: "Saved",
  workflow: "Workflow step",
  restore: "Restored",
  publish: "Published",
  seed: "Imported",
};

const UNREACHABLE = "Could not reach the server. Check your connection and try again.";

type Load = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; history: History };
type Compare = { status: "idle" } | { status: "loading" } | { status: "error"; message: string } | { status: "ready"; comparison: RevisionComparison };
type Restore =
  | { status: "idle" }
  | { status: "confirm"; revision: RevisionEntry }
  | { status: "working"; revision: RevisionEntry }
  | { status: "done"; message: string; notes: string[] }
  | { status: "error"; message: string };

function describe(revision: RevisionEntry, format: Intl.DateTimeFormat): string {
  return `version ${revision.articleVersion}, ${revision.authorName ?? "unknown"}, ${format.format(new Date(revision.updatedAt))}`;
}

/**
 * The editor's history panel: who changed the story and when, what changed
 * between any two revisions, and restoring one (which becomes a new version
 * and a new revision, so nothing is lost). A restore applies only if nobody
 * changed the story since the list was loaded; otherwise the list reloads and
 * says so.
 */
export function RevisionHistory({ articleId, onRestored }: { articleId: string; onRestored(result: { version: number }): void }) {
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [fromId, setFromId] = useState("");
  const [toId, setToId] = useState("");
  const [compare, setCompare] = useState<Compare>({ status: "idle" });
  const [restore, setRestore] = useState<Restore>({ status: "idle" });
  const fromSelect = useId();
  const toSelect = useId();
  const headingId = useId();
  const requests = useRef(0);

  const applyList = useCallback((result: Awaited<ReturnType<typeof listRevisionsAction>>) => {
    if (!result.ok) return setLoad({ status: "error", message: result.error });
    setLoad({ status: "ready", history: result.history });
    const [newest, previous] = result.history.revisions;
    setToId(newest?.id ?? "");
    setFromId(previous?.id ?? newest?.id ?? "");
    setCompare({ status: "idle" });
  }, []);

  // Answers to an older request are dropped, so a slow list never replaces a newer one.
  const fetchList = useCallback(() => {
    const request = ++requests.current;
    return listRevisionsAction(articleId)
      .catch(() => ({ ok: false as const, error: UNREACHABLE }))
      .then((result) => {
        if (request === requests.current) applyList(result);
      });
  }, [articleId, applyList]);

  useEffect(() => {
    void fetchList();
  }, [fetchList]);

  const refresh = fetchList;

  const history = load.status === "ready" ? load.history : null;
  const format = useMemo(
    () => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: history?.timeZone ?? "Asia/Phnom_Penh" }),
    [history?.timeZone],
  );

  async function showChanges() {
    if (!fromId || !toId) return;
    setCompare({ status: "loading" });
    const result = await compareRevisionsAction({ articleId, fromId, toId }).catch(() => ({ ok: false as const, error: UNREACHABLE }));
    setCompare(result.ok ? { status: "ready", comparison: result.comparison } : { status: "error", message: result.error });
  }

  async function confirmRestore(revision: RevisionEntry) {
    if (!history) return;
    setRestore({ status: "working", revision });
    const result = await restoreRevisionAction({ articleId, revisionId: revision.id, baseVersion: history.currentVersion }).catch(() => ({
      ok: false as const,
      error: UNREACHABLE,
      conflict: false,
    }));
    if (result.ok) {
      setRestore({ status: "done", message: `Restored version ${revision.articleVersion}. The story is now at version ${result.version}.`, notes: result.notes });
      onRestored({ version: result.version });
      await refresh();
      return;
    }
    setRestore({ status: "error", message: result.error });
    // Someone changed the story meanwhile: show the list as it is now.
    if (result.conflict) await refresh();
  }

  const revisions = history?.revisions ?? [];
  return (
    <section aria-labelledby={headingId} className="space-y-3 text-sm">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="font-bold">
          History
        </h3>
        <button type="button" onClick={() => void refresh()} className="text-xs underline underline-offset-4">
          Refresh
        </button>
      </div>

      {load.status === "loading" && <p role="status">Loading history…</p>}
      {load.status === "error" && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {load.message}
        </p>
      )}
      {restore.status === "done" && (
        <div role="status" className="rounded border border-green-700 bg-green-50 px-2 py-1 text-green-950 dark:bg-green-950 dark:text-green-50">
          <p>{restore.message}</p>
          {restore.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      {restore.status === "error" && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-2 py-1 text-red-900 dark:bg-red-950 dark:text-red-100">
          {restore.message}
        </p>
      )}
      {history && !history.restore.allowed && <p className="text-xs text-stone-600 dark:text-stone-400">{`Restoring is not available: ${history.restore.reason}`}</p>}

      {history && revisions.length === 0 && <p>No revisions yet: one is recorded with each save.</p>}
      {revisions.length > 0 && (
        <ol className="max-h-80 space-y-2 overflow-y-auto" aria-label="Revisions, newest first">
          {revisions.map((revision) => (
            <li key={revision.id} className="border-b border-stone-200 pb-2 dark:border-stone-800" data-revision-id={revision.id}>
              <p>
                <span className="font-bold">{KIND_NAMES[revision.kind]}</span>
                {` · version ${revision.articleVersion}`}
                {revision.articleVersion === history?.currentVersion && <span className="text-xs text-stone-600 dark:text-stone-400"> (current)</span>}
              </p>
              <p className="text-stone-700 dark:text-stone-300">
                {revision.authorName ?? "Unknown"}
                {" · "}
                <time dateTime={revision.updatedAt}>{format.format(new Date(revision.updatedAt))}</time>
                {` · ${revision.wordCount} ${revision.wordCount === 1 ? "word" : "words"}`}
              </p>
              {revision.note && <p className="italic text-stone-600 dark:text-stone-400">{revision.note}</p>}
              {history?.restore.allowed && revision.articleVersion !== history.currentVersion && (
                <>
                  {restore.status === "confirm" && restore.revision.id === revision.id ? (
                    <div role="alertdialog" aria-label={`Restore version ${revision.articleVersion}?`} className="mt-1 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
                      <p>{`Restore ${describe(revision, format)}? The current text stays in the history, so you can go back to it.`}</p>
                      <div className="mt-1 flex gap-3">
                        <button type="button" onClick={() => void confirmRestore(revision)} className="rounded bg-stone-900 px-2 py-1 font-bold text-white dark:bg-stone-100 dark:text-stone-900">
                          Restore this version
                        </button>
                        <button type="button" onClick={() => setRestore({ status: "idle" })} className="underline underline-offset-4">
                          Cancel
                        </button>
                      </div>
                    </div>
                  ) : (
                    <button
                      type="button"
                      disabled={restore.status === "working"}
                      onClick={() => setRestore({ status: "confirm", revision })}
                      className="mt-1 text-xs underline underline-offset-4 disabled:opacity-50"
                    >
                      {restore.status === "working" && restore.revision.id === revision.id ? "Restoring…" : `Restore version ${revision.articleVersion}`}
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}

      {revisions.length > 1 && (
        <div className="space-y-2 border-t border-stone-300 pt-2 dark:border-stone-700">
          <h4 className="font-bold">Compare two revisions</h4>
          <div className="grid grid-cols-2 gap-2">
            <div>
              <label htmlFor={fromSelect} className="block text-xs font-bold">
                From
              </label>
              <select id={fromSelect} value={fromId} onChange={(event) => setFromId(event.target.value)} className="w-full rounded border border-stone-400 bg-white px-1 py-1 dark:bg-stone-900">
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.id}>
                    {describe(revision, format)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={toSelect} className="block text-xs font-bold">
                To
              </label>
              <select id={toSelect} value={toId} onChange={(event) => setToId(event.target.value)} className="w-full rounded border border-stone-400 bg-white px-1 py-1 dark:bg-stone-900">
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.id}>
                    {describe(revision, format)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button
            type="button"
            onClick={() => void showChanges()}
            disabled={compare.status === "loading"}
            className="rounded border border-stone-500 px-3 py-1 font-bold disabled:opacity-50"
          >
            {compare.status === "loading" ? "Comparing…" : "Show changes"}
          </button>
          {compare.status === "error" && (
            <p role="alert" className="text-red-800 dark:text-red-300">
              {compare.message}
            </p>
          )}
          {compare.status === "ready" && <RevisionDiffView comparison={compare.comparison} lang={history?.language ?? "en"} />}
        </div>
      )}
    </section>
  );
}
