import { z } from "zod";
import { storableText } from "@/lib/forms/storable-text";

export const COMMENT_MAX_LENGTH = 5000;

/** The comment form and its action share this schema. */
export const commentInputSchema = z.strictObject({
  articleId: z.uuid({ message: "That story does not exist." }),
  parentId: z.uuid({ message: "The comment you replied to does not exist." }).nullable().optional(),
  body: storableText(
    z
      .string({ message: "Write a comment." })
      .trim()
      .min(1, "Write a comment before posting it.")
      .max(COMMENT_MAX_LENGTH, `Keep a comment under ${COMMENT_MAX_LENGTH.toLocaleString("en")} characters.`),
  ),
});

export type CommentInput = z.infer<typeof commentInputSchema>;
