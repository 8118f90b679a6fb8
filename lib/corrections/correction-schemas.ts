import { z } from "zod";

export const CORRECTION_KINDS = ["correction", "clarification"] as const;

/** The correction form and its action share this schema. */
export const correctionInputSchema = z.strictObject({
  articleId: z.uuid({ message: "That story does not exist." }),
  kind: z.enum(CORRECTION_KINDS, { message: "Choose correction or clarification." }),
  text: z
    .string({ message: "Write the text of the correction." })
    .trim()
    .min(1, "Write the text of the correction: readers see it at the foot of the story.")
    .max(2000, "Keep a correction under 2,000 characters."),
});

export type CorrectionInput = z.infer<typeof correctionInputSchema>;
