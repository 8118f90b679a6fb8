"use client";

import { useCallback, useEffect, useState } from "react";
import { dangerButtonClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import { STATUS_NAMES } from "@/components/newsroom/story-table";
import type { ArticleStatus } from "@/db/schema";
import { loadWorkflowContextAction, transitionStoryAction } from "@/lib/actions/workflow-actions";
import type { WorkflowContext } from "@/lib/workflow/load-workflow-context";
import type { ChecklistProblem } from "@/lib/workflow/publish-checklist";
import { transitionRule, type WorkflowAction } from "@/lib/workflow/transitions";
import { CorrectionForm } from "./correction-form";
import { STEP_FORMS, WorkflowStepForm, type StepFieldErrors, type StepInput } from "./workflow-step-form";

export type WorkflowPanelProps = {
  articleId: string;
  status: ArticleStatus;
  isLive: boolean;
  version: number;
  actions: WorkflowAction[];
  /** Flushes the editor's pending save; resolves to the version to base the step on, or null to cancel. */
  beforeTransition: () => Promise<number | null>;
  onTransitioned(result: { version: number; status: ArticleStatus }): void;
};

type Outcome = { ok: true; message: string } | { ok: false; message: string; checklist?: ChecklistProblem[] };

const DANGER: readonly WorkflowAction[] = ["unpublish", "archive"];
const EMPTY_INPUT: StepInput = { note: "", scheduleDate: "", scheduleTime: "" };

/**
 * The workflow side panel of a story: its status, what the editor asked for,
 * the publish checklist, one button per step the person may take now, the
 * schedule and note forms, and (on live stories, for editors) corrections.
 */
export function WorkflowPanel({ articleId, status, isLive, version, actions, beforeTransition, onTransitioned }: WorkflowPanelProps) {
  const [context, setContext] = useState<WorkflowContext | null>(null);
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const [pending, setPending] = useState<WorkflowAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [fieldErrors, setFieldErrors] = useState<StepFieldErrors | undefined>(undefined);
  const [lastInput, setLastInput] = useState<StepInput>(EMPTY_INPUT);

  const refresh = useCallback(async () => {
    setContext(await loadWorkflowContextAction(articleId));
  }, [articleId]);

  // Reloads whenever the story moves on (a save or a step changes its version).
  useEffect(() => {
    let cancelled = false;
    void loadWorkflowContextAction(articleId).then((loaded) => {
      if (!cancelled) setContext(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [articleId, version, status]);

  async function run(action: WorkflowAction, input: StepInput) {
    setPending(action);
    setOutcome(null);
    setFieldErrors(undefined);
    setLastInput(input);
    try {
      const baseVersion = await beforeTransition();
      if (baseVersion === null) {
        setOutcome({ ok: false, message: "Nothing was changed: the story could not be saved first. Check the editor's message, then try again." });
        return;
      }
      const result = await transitionStoryAction({
        articleId,
        action,
        baseVersion,
        ...(input.note.trim() ? { note: input.note } : {}),
        ...(action === "schedule" ? { scheduleDate: input.scheduleDate, scheduleTime: input.scheduleTime } : {}),
      });
      if (result.ok) {
        setOpen(null);
        setLastInput(EMPTY_INPUT);
        setOutcome({ ok: true, message: result.message });
        onTransitioned({ version: result.version, status: result.status });
      } else {
        setFieldErrors(result.fieldErrors);
        setOutcome({ ok: false, message: result.error, checklist: result.checklist });
      }
      await refresh();
    } catch {
      setOutcome({ ok: false, message: "The server could not be reached. Nothing was changed; try again." });
    } finally {
      setPending(null);
    }
  }

  const checklist = context?.checklist ?? [];
  const canPublish = actions.includes("publish") || actions.includes("schedule");
  const scheduleDefaults: { scheduleDate?: string; scheduleTime?: string } = context?.scheduledFor
    ? { scheduleDate: context.scheduledFor.date, scheduleTime: context.scheduledFor.time }
    : {};

  return (
    <section aria-labelledby={`workflow-${articleId}`} className="space-y-4 text-sm">
      <h2 id={`workflow-${articleId}`} className="font-serif text-lg font-bold">
        Workflow
      </h2>
      <p>
        Status: <strong data-testid="workflow-status">{STATUS_NAMES[status]}</strong>
        {isLive && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs font-bold text-green-950 dark:bg-green-900 dark:text-green-50">Live</span>}
      </p>
      {context?.scheduledFor && status === "scheduled" && (
        <p>
          Goes live on <time dateTime={context.scheduledFor.iso}>{context.scheduledFor.text}</time>.
        </p>
      )}
      {context?.changesRequested && status === "changes_requested" && (
        <div role="note" aria-label="Changes requested" className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-bold">{context.changesRequested.byName} asked for changes:</p>
          <p className="mt-1 whitespace-pre-wrap">{context.changesRequested.note}</p>
        </div>
      )}
      {canPublish && checklist.length > 0 && (
        <div className="rounded border border-stone-300 p-3 dark:border-stone-700">
          <p className="font-bold">Before this story can be published:</p>
          <ul className="mt-1 list-disc pl-5">
            {checklist.map((problem) => (
              <li key={problem.item}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}

      {actions.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">There is no workflow step you can take on this story now.</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label="Workflow steps">
          {actions.map((action) => (
            <li key={action}>
              <button
                type="button"
                className={DANGER.includes(action) ? dangerButtonClass : secondaryButtonClass}
                disabled={pending !== null}
                aria-expanded={STEP_FORMS[action] ? open === action : undefined}
                onClick={() => {
                  setOutcome(null);
                  setFieldErrors(undefined);
                  if (STEP_FORMS[action]) setOpen(open === action ? null : action);
                  else void run(action, EMPTY_INPUT);
                }}
              >
                {pending === action ? "Working…" : transitionRule(action).label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && actions.includes(open) && (
        <WorkflowStepForm
          key={open}
          action={open}
          timeZone={context?.timeZone ?? "the newsroom's zone"}
          initial={{
            note: lastInput.note,
            scheduleDate: lastInput.scheduleDate || (scheduleDefaults.scheduleDate ?? ""),
            scheduleTime: lastInput.scheduleTime || (scheduleDefaults.scheduleTime ?? ""),
          }}
          errors={fieldErrors}
          pending={pending !== null}
          onSubmit={(input) => void run(open, input)}
          onCancel={() => setOpen(null)}
        />
      )}
      {outcome && (
        <div
          role={outcome.ok ? "status" : "alert"}
          className={
            outcome.ok
              ? "rounded border border-green-700 bg-green-50 px-3 py-2 text-green-950 dark:bg-green-950 dark:text-green-100"
              : "rounded border border-red-700 bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950 dark:text-red-100"
          }
        >
          <p>{!outcome.ok && outcome.checklist?.length ? "This story is not ready to publish:" : outcome.message}</p>
          {!outcome.ok && outcome.checklist && outcome.checklist.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {outcome.checklist.map((problem) => (
                <li key={problem.item}>{problem.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {context?.livePath && (
        <p>
          <a href={context.livePath} className="underline underline-offset-4" target="_blank" rel="noopener">
            See the live story
          </a>
        </p>
      )}
      {context?.canCorrect && <CorrectionForm articleId={articleId} onAdded={() => void refresh()} />}
    </section>
  );
}
