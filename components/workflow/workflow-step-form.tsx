"use client";

import { useId, useState } from "react";
import { buttonClass, describedBy, FieldErrors, hintClass, inputClass, labelClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import type { WorkflowAction } from "@/lib/workflow/transitions";

export type StepInput = { note: string; scheduleDate: string; scheduleTime: string };
export type StepFieldErrors = { note?: string[]; scheduleDate?: string[]; scheduleTime?: string[] };

/** What each step asks for before it runs. */
export const STEP_FORMS: Partial<Record<WorkflowAction, { note: "required" | "optional" | "none"; noteLabel: string; hint?: string; schedule?: boolean; confirm: string }>> = {
  submit: { note: "optional", noteLabel: "Note for the editors (optional)", confirm: "Submit for review" },
  requestChanges: { note: "required", noteLabel: "What needs to change", hint: "The reporters see this note.", confirm: "Send back for changes" },
  approve: { note: "optional", noteLabel: "Note (optional)", confirm: "Approve" },
  unpublish: { note: "required", noteLabel: "Reason for unpublishing", hint: "Kept in the story's history and the audit log.", confirm: "Unpublish now" },
  schedule: { note: "optional", noteLabel: "Note (optional)", schedule: true, confirm: "Schedule" },
};

/**
 * The inline form of a step that needs words (a note, a reason) or a time.
 * Everything typed stays in the form when the server refuses it.
 */
export function WorkflowStepForm({
  action,
  timeZone,
  initial,
  errors,
  pending,
  onSubmit,
  onCancel,
}: {
  action: WorkflowAction;
  timeZone: string;
  initial: StepInput;
  errors: StepFieldErrors | undefined;
  pending: boolean;
  onSubmit(input: StepInput): void;
  onCancel(): void;
}) {
  const spec = STEP_FORMS[action];
  const id = useId();
  const [input, setInput] = useState<StepInput>(initial);
  if (!spec) return null;
  const set = (field: keyof StepInput) => (event: { target: { value: string } }) => setInput((current) => ({ ...current, [field]: event.target.value }));
  const noteId = `${id}-note`;
  const dateId = `${id}-date`;
  const timeId = `${id}-time`;
  const zoneHint = `${id}-zone`;
  return (
    <form
      className="mt-3 space-y-3 rounded border border-stone-300 p-3 dark:border-stone-700"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(input);
      }}
    >
      {spec.schedule && (
        <fieldset className="space-y-2">
          <legend className={labelClass}>Publish at</legend>
          <p id={zoneHint} className={hintClass}>
            In the newsroom&rsquo;s time zone, {timeZone}.
          </p>
          <div className="flex flex-wrap gap-3">
            <div>
              <label htmlFor={dateId} className="block text-sm">
                Date
              </label>
              <input
                id={dateId}
                type="date"
                required
                value={input.scheduleDate}
                onChange={set("scheduleDate")}
                className={inputClass}
                {...describedBy(dateId, errors?.scheduleDate, zoneHint)}
              />
              <FieldErrors id={`${dateId}-errors`} errors={errors?.scheduleDate} />
            </div>
            <div>
              <label htmlFor={timeId} className="block text-sm">
                Time
              </label>
              <input
                id={timeId}
                type="time"
                step={1}
                required
                value={input.scheduleTime}
                onChange={set("scheduleTime")}
                className={inputClass}
                {...describedBy(timeId, errors?.scheduleTime, zoneHint)}
              />
              <FieldErrors id={`${timeId}-errors`} errors={errors?.scheduleTime} />
            </div>
          </div>
        </fieldset>
      )}
      {spec.note !== "none" && (
        <div>
          <label htmlFor={noteId} className={labelClass}>
            {spec.noteLabel}
          </label>
          {spec.hint && (
            <p id={`${noteId}-hint`} className={hintClass}>
              {spec.hint}
            </p>
          )}
          <textarea
            id={noteId}
            rows={3}
            required={spec.note === "required"}
            value={input.note}
            onChange={set("note")}
            className={inputClass}
            {...describedBy(noteId, errors?.note, spec.hint ? `${noteId}-hint` : undefined)}
          />
          <FieldErrors id={`${noteId}-errors`} errors={errors?.note} />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Working…" : spec.confirm}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
