import type { DemoArticle } from "./demo-article-types";
import { COMMUNE_BUDGET_EN, GARMENT_OVERTIME_EN, RADIO_RETURNS_EN, TONLE_SAP_CATCH_EN } from "./demo-articles-en-1";
import { MICROFINANCE_EN, PHOTO_CHECKS_EN, SOLAR_PUMPS_EN } from "./demo-articles-en-2";
import { COMMUNE_BUDGET_KM, RADIO_RETURNS_KM, TONLE_SAP_CATCH_KM } from "./demo-articles-km-1";
import { COMMUNITY_LIBRARY_KM, SAFETY_TRAINING_KM } from "./demo-articles-km-2";

/**
 * The demo newsroom's stories: seven in English and five in Khmer, three of
 * them told in both languages; most published, the rest at each stage of the
 * workflow (draft, in review, changes requested, scheduled, archived).
 */
export const DEMO_ARTICLES: readonly DemoArticle[] = [
  TONLE_SAP_CATCH_EN,
  TONLE_SAP_CATCH_KM,
  RADIO_RETURNS_EN,
  RADIO_RETURNS_KM,
  COMMUNE_BUDGET_EN,
  COMMUNE_BUDGET_KM,
  GARMENT_OVERTIME_EN,
  SOLAR_PUMPS_EN,
  PHOTO_CHECKS_EN,
  MICROFINANCE_EN,
  SAFETY_TRAINING_KM,
  COMMUNITY_LIBRARY_KM,
];
