import type { SaveStatus } from "./autosave-controller";

/** "10:42" in the newsroom's time zone, 24-hour clock. */
export function formatSavedTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(date);
}

export function saveStatusText(status: SaveStatus, timeZone: string): string {
  switch (status.kind) {
    case "idle":
      return "No unsaved changes";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved at ${formatSavedTime(status.at, timeZone)}`;
    case "offline":
      return "Offline — changes kept on this device";
    case "failed":
      return `Not saved: ${status.reason}`;
    case "conflict":
      return "Not saved: someone else saved a newer version";
  }
}

/**
 * The save state in words, announced politely to screen readers, with the
 * word count and reading time. Times are in the newsroom's time zone.
 */
export function SaveStatusBar({
  status,
  timeZone,
  words,
  minutes,
  deviceWarning,
}: {
  status: SaveStatus;
  timeZone: string;
  words: number;
  minutes: number;
  deviceWarning: string | null;
}) {
  const problem = status.kind === "failed" || status.kind === "conflict";
  return (
    <div className="sticky bottom-0 z-10 flex flex-wrap items-center justify-between gap-2 border-t border-stone-300 bg-white/95 px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-900/95">
      <p
        role="status"
        data-testid="save-status"
        title={`Times are in the newsroom's time zone (${timeZone}).`}
        className={problem ? "font-bold text-red-800 dark:text-red-300" : status.kind === "offline" ? "font-bold text-amber-800 dark:text-amber-300" : ""}
      >
        {saveStatusText(status, timeZone)}
      </p>
      {deviceWarning && (
        <p role="alert" className="text-amber-800 dark:text-amber-300">
          {deviceWarning}
        </p>
      )}
      <p data-testid="word-count">
        {words.toLocaleString("en-GB")} {words === 1 ? "word" : "words"} · {minutes} min read
      </p>
    </div>
  );
}
