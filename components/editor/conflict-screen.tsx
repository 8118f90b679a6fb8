"use client";

import { buttonClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import type { ArticleDraft, ServerCopy } from "@/lib/articles/article-input";
import { canonicalJson } from "@/lib/articles/article-input";
import { derivePlainText } from "@/lib/rich-text/plain-text";
import { EditorDialog } from "./editor-dialog";
import { formatSavedTime } from "./save-status";

export type NameLookup = { section(id: string | null): string; person(id: string): string; tag(id: string): string; image(id: string | null): string };

type Row = { label: string; mine: string; theirs: string };

function describe(draft: ArticleDraft, names: NameLookup) {
  return {
    Headline: draft.headline || "(none)",
    Standfirst: draft.standfirst || "(none)",
    Address: draft.slug,
    Language: draft.language === "km" ? "Khmer" : "English",
    Section: names.section(draft.sectionId),
    Byline: draft.bylineIds.map(names.person).join(", "),
    Tags: draft.tagIds.map(names.tag).join(", ") || "(none)",
    "Lead image": names.image(draft.leadImageId),
  };
}

function differences(mine: ArticleDraft, theirs: ArticleDraft, names: NameLookup): Row[] {
  const a = describe(mine, names);
  const b = describe(theirs, names);
  return (Object.keys(a) as (keyof typeof a)[]).filter((label) => a[label] !== b[label]).map((label) => ({ label, mine: a[label], theirs: b[label] }));
}

function BodyText({ doc, label }: { doc: ArticleDraft["body"]; label: string }) {
  const text = derivePlainText(doc);
  return (
    <div>
      <h4 className="text-sm font-bold">{label}</h4>
      <div tabIndex={0} aria-label={label} className="mt-1 max-h-72 overflow-y-auto whitespace-pre-wrap rounded border border-stone-300 p-2 font-serif text-sm dark:border-stone-700">
        {text || "(empty)"}
      </div>
    </div>
  );
}

/**
 * Shown when a save was refused because someone else saved first. Both
 * versions side by side; nothing has been overwritten, and the person
 * chooses: keep theirs as a copy, take the other, or merge by hand.
 */
export function ConflictScreen({
  mine,
  theirs,
  names,
  timeZone,
  busy,
  error,
  onKeepCopy,
  onTakeTheirs,
  onMerge,
}: {
  mine: ArticleDraft;
  theirs: ServerCopy;
  names: NameLookup;
  timeZone: string;
  busy: boolean;
  error: string | null;
  onKeepCopy(): void;
  onTakeTheirs(): void;
  onMerge(): void;
}) {
  const rows = differences(mine, theirs.draft, names);
  const sameBody = canonicalJson(mine.body) === canonicalJson(theirs.draft.body);
  const who = theirs.updatedByName ?? "Someone";
  // Escape does not dismiss it: the person must choose what happens to their text.
  return (
    <EditorDialog title="Someone else saved this story while you were editing" onClose={() => {}} wide>
      <p>
        {who} saved a newer version at {formatSavedTime(new Date(theirs.updatedAt), timeZone)} (version {theirs.version}). Your changes were <strong>not</strong> saved and nothing was overwritten; they are still here and on this device.
      </p>
      {rows.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Details that differ</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-2">
                Detail
              </th>
              <th scope="col" className="py-1 pr-2">
                Your version
              </th>
              <th scope="col" className="py-1">
                Their version
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-t border-stone-200 align-top dark:border-stone-700">
                <th scope="row" className="py-1 pr-2">
                  {row.label}
                </th>
                <td className="py-1 pr-2">{row.mine}</td>
                <td className="py-1">{row.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sameBody ? (
        <p className="text-sm">The story text is the same in both versions.</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          <BodyText doc={mine.body} label="Your text" />
          <BodyText doc={theirs.draft.body} label="Their text" />
        </div>
      )}
      {error && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} disabled={busy} onClick={onKeepCopy}>
          {busy ? "Keeping your copy…" : "Keep mine as a copy"}
        </button>
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={onMerge}>
          Merge by hand
        </button>
      </div>
      <ul className="list-disc pl-5 text-sm text-stone-600 dark:text-stone-400">
        <li>Keep mine as a copy: your version becomes a separate draft; this story keeps theirs.</li>
        <li>Take theirs: the editor shows their version; your changes are dropped.</li>
        <li>Merge by hand: edit your version with theirs beside it, then save it as the new version.</li>
      </ul>
    </EditorDialog>
  );
}
