import type { Plan } from '../../plans/plan.js';
import { categoryRiskWords, reportCategories, undueInfluenceWords, type ReportCategory } from '../categories.js';

/** A plan's risk areas as they relate to report categories. */
export interface RiskAreaLinks {
  planKey: string;
  planName: string;
  organisation: string;
  /** Risk areas the plan marks as exposed to otillåten påverkan: they relate to every category. */
  general: string[];
  /** Risk areas that name a category specifically (mutor → Byggentreprenader). */
  byCategory: Partial<Record<ReportCategory, string[]>>;
}

function mentions(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}`, 'iu').test(text);
}

/** "hot" must not match inside "hotell"; other words match as word starts ("trakasseri" → "trakasserier"). */
function mentionsWord(text: string, word: string): boolean {
  if (word.length <= 3) return new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(text);
  return mentions(text, word);
}

/**
 * Links categories to the risk areas of the plans that list them
 * (Oskarshamn's "potentiella riskområden"); plans without risk areas are
 * left out. Matches the area's name and the plan's motivation as written.
 */
export function linkRiskAreas(plans: readonly Plan[]): RiskAreaLinks[] {
  return plans
    .filter((p) => p.riskAreas.length > 0)
    .map((plan) => {
      const general: string[] = [];
      const byCategory: Partial<Record<ReportCategory, string[]>> = {};
      for (const area of plan.riskAreas) {
        const text = `${area.name}. ${area.motivation}`;
        if (undueInfluenceWords.some((w) => mentions(text, w))) general.push(area.name);
        for (const category of reportCategories) {
          if (categoryRiskWords[category].some((w) => mentionsWord(text, w))) (byCategory[category] ??= []).push(area.name);
        }
      }
      return { planKey: plan.key, planName: plan.name, organisation: plan.organisation, general, byCategory };
    });
}
