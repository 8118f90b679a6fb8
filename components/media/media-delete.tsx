"use client";

import Link from "next/link";
import { useState } from "react";
import { deleteMediaAction, mediaUsageAction } from "@/lib/actions/media-actions";
import type { MediaUsage } from "@/lib/media/find-media-usage";
import type { MediaItem } from "@/lib/media/media-item";

type Step =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "in-use"; usage: MediaUsage[]; message?: string }
  | { kind: "confirm" }
  | { kind: "deleting" }
  | { kind: "error"; message: string };

function UsageList({ usage }: { usage: readonly MediaUsage[] }) {
  return (
    <ul className="mt-1 list-disc pl-5">
      {usage.map((story) => (
        <li key={story.articleId}>
          <Link href={`/newsroom/stories/${story.articleId}`} className="underline underline-offset-2" lang={story.language}>
            {story.headline || "Untitled"}
          </Link>{" "}
          ({story.places.join(", ")})
        </li>
      ))}
    </ul>
  );
}

/**
 * Deleting an image: first asks which stories use it. One in use is never
 * deleted; the stories are listed so it can be taken out of them. An unused
 * one is deleted after an explicit confirmation.
 */
export function MediaDelete({ item, onDeleted }: { item: MediaItem; onDeleted(message: string): void }) {
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const name = item.filename || "this image";

  async function check() {
    setStep({ kind: "checking" });
    const result = await mediaUsageAction(item.id).catch(() => ({ ok: false as const, error: "Could not reach the server. Try again." }));
    if (!result.ok) return setStep({ kind: "error", message: result.error });
    setStep(result.usage.length > 0 ? { kind: "in-use", usage: result.usage } : { kind: "confirm" });
  }

  async function remove() {
    setStep({ kind: "deleting" });
    const result = await deleteMediaAction(item.id).catch(() => ({ ok: false as const, error: "Could not reach the server. Try again.", usage: [] }));
    if (result.ok) return onDeleted(result.message);
    setStep(result.usage.length > 0 ? { kind: "in-use", usage: result.usage, message: result.error } : { kind: "error", message: result.error });
  }

  if (step.kind === "idle" || step.kind === "checking") {
    return (
      <button type="button" onClick={check} disabled={step.kind === "checking"} className="text-sm text-red-800 underline underline-offset-4 disabled:opacity-60 dark:text-red-300">
        {step.kind === "checking" ? "Checking where it is used…" : "Delete"}
      </button>
    );
  }
  const panel = "mt-2 rounded border px-3 py-2 text-sm";
  if (step.kind === "in-use") {
    return (
      <div role="alert" className={`${panel} border-amber-700 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50`}>
        <p className="font-bold">{`${name} cannot be deleted: ${step.usage.length === 1 ? "a story uses" : `${step.usage.length} stories use`} it.`}</p>
        <UsageList usage={step.usage} />
        <p className="mt-1">Images in use are never deleted. Take it out of these stories first.</p>
        <button type="button" onClick={() => setStep({ kind: "idle" })} className="mt-1 underline underline-offset-4">
          Close
        </button>
      </div>
    );
  }
  if (step.kind === "error") {
    return (
      <div role="alert" className={`${panel} border-red-700 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100`}>
        <p>{step.message}</p>
        <button type="button" onClick={() => setStep({ kind: "idle" })} className="mt-1 underline underline-offset-4">
          Close
        </button>
      </div>
    );
  }
  return (
    <div role="alertdialog" aria-label={`Delete ${name}?`} className={`${panel} border-red-700 bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-50`}>
      <p>{`No story uses ${name}. Delete it and all its sizes for good? This cannot be undone.`}</p>
      <div className="mt-2 flex gap-3">
        <button type="button" onClick={remove} disabled={step.kind === "deleting"} className="rounded bg-red-800 px-3 py-1 font-bold text-white disabled:opacity-60">
          {step.kind === "deleting" ? "Deleting…" : "Delete permanently"}
        </button>
        <button type="button" onClick={() => setStep({ kind: "idle" })} className="underline underline-offset-4">
          Cancel
        </button>
      </div>
    </div>
  );
}
