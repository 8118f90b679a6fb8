import { z } from "zod";
import { storableText } from "@/lib/forms/storable-text";

export const MAX_ALT_TEXT = 500;
export const MAX_CAPTION = 1000;
export const MAX_CREDIT = 200;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .transform((value) => value.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").trim())
    .pipe(z.string().max(max, { error: `${label} can be at most ${max} characters.` }));

/** Caption, credit and alt text of an image: shared by the library's form and its server action. */
export const mediaDetailsSchema = z.object({
  id: z.uuid({ error: "That image does not exist." }),
  altText: text("Alt text", MAX_ALT_TEXT),
  caption: text("Caption", MAX_CAPTION),
  credit: text("Credit", MAX_CREDIT),
});

export type MediaDetailsInput = z.infer<typeof mediaDetailsSchema>;

export const mediaIdSchema = z.uuid({ error: "That image does not exist." });

export const mediaSearchSchema = z.object({
  q: storableText(z.string().trim().max(200)).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
