import type { JSONContent } from "@tiptap/core";
import type { Language } from "../../db/schema";
import type { DateWords } from "./demo-dates";
import type { DemoSceneKey } from "./demo-scenes";
import type { DemoPersonKey, DemoSectionKey, DemoTagKey } from "./demo-newsroom-data";

export type DemoStatus = "published" | "draft" | "in_review" | "changes_requested" | "scheduled" | "archived";

/** The words of a story, written against its own date so weekdays and dates come out right. */
export type DemoArticleText = {
  headline: string;
  standfirst: string;
  body: JSONContent;
  imageAlt: string;
  /** Written like a photo caption; the credit is stored and shown separately. */
  imageCaption: string;
  correction?: { kind: "correction" | "clarification"; text: string };
  /** The editor's note on the last workflow step (changes requested, archived). */
  workflowNote?: string;
};

export type DemoArticle = {
  /** Stories sharing a key are translations of each other (one translation group). */
  story: string;
  language: Language;
  status: DemoStatus;
  /**
   * Days before the seed of the story's date: when it was published, or last
   * moved in the workflow. Negative for a scheduled story: days until it goes out.
   */
  daysAgo: number;
  /** Total views spread over the days since publication (published stories only). */
  views?: number;
  section: DemoSectionKey;
  tags: DemoTagKey[];
  /** In byline order; the first is the author who created the story. */
  bylines: DemoPersonKey[];
  scene: DemoSceneKey;
  /**
   * The story's words. Dates are counted from the day of the story's earliest
   * edition, so a translation published later still names the same days.
   */
  write(dates: DateWords): DemoArticleText;
};
