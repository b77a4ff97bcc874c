import type { AdaptiveCard } from './adaptive-card.js';

/** How much of long texts a card shows; the form's own inputs are never shortened below the rules' limits. */
export interface TextLimits {
  title: number;
  /** A stored comment shown as context (the latest status, history). */
  comment: number;
  indicator: number;
  indicatorValue: number;
  /** Indicators listed and asked for (real plans have a handful). */
  maxIndicators: number;
}

/** The normal amount of text. */
export const roomyLimits: TextLimits = { title: 400, comment: 1000, indicator: 200, indicatorValue: 200, maxIndicators: 15 };

/** For the rare measure with very long texts, so the card still fits in a Teams message. */
export const compactLimits: TextLimits = { title: 160, comment: 300, indicator: 80, indicatorValue: 60, maxIndicators: 15 };

/** Cards are built roomy first; above this many bytes they are built compact. */
const roomyBudgetBytes = 22 * 1024;

/** Builds a card with the roomy limits, and again compact when it would be too big for Teams. */
export function withinBudget(build: (limits: TextLimits) => AdaptiveCard): AdaptiveCard {
  const roomy = build(roomyLimits);
  return Buffer.byteLength(JSON.stringify(roomy), 'utf8') <= roomyBudgetBytes ? roomy : build(compactLimits);
}
