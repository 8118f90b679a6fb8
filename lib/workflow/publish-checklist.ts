import type { Executor } from "@/db/client";
import { selectChecklistFacts, type ChecklistFacts } from "@/db/queries/workflow";

export type ChecklistItem = "headline" | "body" | "section" | "byline" | "leadImage" | "leadImageAlt" | "leadImageCredit";

export type ChecklistProblem = { item: ChecklistItem; message: string };

const MESSAGES: Record<ChecklistItem, string> = {
  headline: "Add a headline.",
  body: "Write the body of the story.",
  section: "Choose a section.",
  byline: "Add at least one byline.",
  leadImage: "Choose a lead image.",
  leadImageAlt: "Give the lead image alt text (describe it for readers who cannot see it).",
  leadImageCredit: "Give the lead image a credit.",
};

/**
 * Everything a story still lacks before readers may see it, all at once, so
 * the editor fixes the lot in one go. Pure: the facts come from the database.
 */
export function evaluatePublishChecklist(facts: ChecklistFacts): ChecklistProblem[] {
  const missing: ChecklistItem[] = [];
  if (!facts.headline.trim()) missing.push("headline");
  if (!facts.bodyText.trim()) missing.push("body");
  if (!facts.sectionId) missing.push("section");
  if (facts.bylineCount < 1) missing.push("byline");
  if (!facts.leadImage) {
    missing.push("leadImage");
  } else {
    if (!facts.leadImage.altText.trim()) missing.push("leadImageAlt");
    if (!facts.leadImage.credit.trim()) missing.push("leadImageCredit");
  }
  return missing.map((item) => ({ item, message: MESSAGES[item] }));
}

/** The checklist of a story's working copy as it stands in the database (null: no such story). */
export async function checkPublishChecklist(db: Executor, articleId: string): Promise<ChecklistProblem[] | null> {
  const facts = await selectChecklistFacts(db, { articleId });
  return facts ? evaluatePublishChecklist(facts) : null;
}

/** One sentence naming every missing item. */
export function describeChecklistProblems(problems: readonly ChecklistProblem[]): string {
  return `This story is not ready to publish: ${problems.map((problem) => problem.message).join(" ")}`;
}
