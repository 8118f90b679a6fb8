"use client";

import { useEffect, useId, useState } from "react";
import { listStoryEventsAction } from "@/lib/actions/workflow-actions";
import type { StoryEvent } from "@/lib/workflow/list-story-events";

/**
 * A story's history for the editor's side panel: every workflow step and
 * correction, oldest first, with who, when and their note. Pass the story's
 * version as `refreshKey` to reload after a step.
 */
export function StoryEvents({ articleId, refreshKey }: { articleId: string; refreshKey?: number | string }) {
  const [loaded, setLoaded] = useState<{ events: StoryEvent[]; timeZone: string } | null | undefined>(undefined);
  const headingId = useId();

  useEffect(() => {
    let cancelled = false;
    void listStoryEventsAction(articleId)
      .then((result) => {
        if (!cancelled) setLoaded(result);
      })
      .catch(() => {
        if (!cancelled) setLoaded(null);
      });
    return () => {
      cancelled = true;
    };
  }, [articleId, refreshKey]);

  return (
    <section aria-labelledby={headingId} className="space-y-3 text-sm">
      <h2 id={headingId} className="font-serif text-lg font-bold">
        History
      </h2>
      {loaded === undefined && <p className="text-stone-600 dark:text-stone-400">Loading the history…</p>}
      {loaded === null && <p role="alert">The history could not be loaded.</p>}
      {loaded && loaded.events.length === 0 && <p className="text-stone-600 dark:text-stone-400">No workflow steps yet.</p>}
      {loaded && loaded.events.length > 0 && <StoryEventList events={loaded.events} timeZone={loaded.timeZone} />}
    </section>
  );
}

/** The list itself, also rendered on the server by the story's workflow page. */
export function StoryEventList({ events, timeZone }: { events: readonly StoryEvent[]; timeZone: string }) {
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <ol className="space-y-3" data-testid="story-events">
      {events.map((event) => {
        const at = new Date(event.at);
        return (
          <li key={`${event.kind}-${event.id}`} className="border-l-2 border-stone-400 pl-3">
            <p>
              <span className="font-bold">{event.label}</span> <span className="text-stone-600 dark:text-stone-400">by {event.actorName}</span>
            </p>
            <p className="text-xs text-stone-600 dark:text-stone-400">
              <time dateTime={at.toISOString()}>{format.format(at)}</time>
            </p>
            {event.note && <p className="mt-1 whitespace-pre-wrap break-words">{event.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
