import { z } from "zod";
import { storableText } from "@/lib/forms/storable-text";
import { TRANSITIONS, type WorkflowAction } from "./transitions";

const ACTIONS = TRANSITIONS.map((rule) => rule.action) as [WorkflowAction, ...WorkflowAction[]];

export const NOTE_MAX_LENGTH = 2000;

/**
 * A workflow request from the panel. Strict: a request that also tries to set
 * a status, bylines, a raw publication time or anything else is refused whole.
 */
export const transitionRequestSchema = z.strictObject({
  articleId: z.uuid({ message: "That story does not exist." }),
  action: z.enum(ACTIONS, { message: "That is not a workflow step." }),
  baseVersion: z.number({ message: "The story's version is missing: reload the page." }).int().positive(),
  note: storableText(z.string().max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH.toLocaleString("en")} characters.`)).optional(),
  /** For "schedule": YYYY-MM-DD and HH:MM in the newsroom's time zone. */
  scheduleDate: z.string().max(20).optional(),
  scheduleTime: z.string().max(20).optional(),
});

export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

/** A readable refusal for a request that failed the schema. */
export function describeRequestProblems(error: z.ZodError): string {
  const unknown = error.issues.flatMap((issue) => (issue.code === "unrecognized_keys" ? issue.keys : []));
  if (unknown.length > 0) return `This request tries to change what the workflow does not accept (${unknown.join(", ")}). Nothing was changed.`;
  return [...new Set(error.issues.map((issue) => issue.message))].join(" ");
}
