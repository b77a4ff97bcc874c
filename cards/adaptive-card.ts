import type { Verb } from './verbs.js';

/**
 * The Adaptive Card JSON Tillit sends (schema 1.5). Elements are kept loose
 * on purpose: cards are checked by parsing them with the `adaptivecards`
 * library in tests, not by re-typing the whole schema here.
 */
export type CardElement = { type: string } & Record<string, unknown>;
export type CardAction = { type: string; title?: string } & Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  refresh?: Record<string, unknown>;
  msteams?: Record<string, unknown>;
  fallbackText?: string;
  speak?: string;
  lang?: string;
}

export const adaptiveCardSchema = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Wraps a body and actions into a full 1.5 card that uses the full chat width. */
export function adaptiveCard(
  body: CardElement[],
  actions: CardAction[] = [],
  extra: Partial<Pick<AdaptiveCard, 'refresh' | 'fallbackText' | 'lang'>> = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
    ...extra,
  };
}

/** A text block that wraps; the building block of every card. */
export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** A heading (large, bold) with its accessibility role. */
export function heading(text: string, options: Record<string, unknown> = {}): CardElement {
  return textBlock(text, { size: 'Large', weight: 'Bolder', style: 'heading', ...options });
}

/** Label–value pairs. */
export function factSet(facts: ReadonlyArray<readonly [string, string]>): CardElement {
  return { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) };
}

/**
 * A button that runs a verb: Action.Execute (Universal Actions, the card is
 * replaced in place) with an Action.Submit fallback for clients without it.
 * Both carry the verb, so one route serves both. Only a verb of
 * cards/verbs.ts is accepted, and each has a handler (bot/routes/index.ts).
 */
export function executeAction(
  title: string,
  verb: Verb,
  data: Record<string, unknown> = {},
  options: { style?: 'default' | 'positive' | 'destructive'; associatedInputs?: 'auto' | 'none' } = {},
): CardAction {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...(options.style ? { style: options.style } : {}),
    ...(options.associatedInputs ? { associatedInputs: options.associatedInputs } : {}),
    fallback: { type: 'Action.Submit', title, data: { ...data, verb }, ...(options.associatedInputs ? { associatedInputs: options.associatedInputs } : {}) },
  };
}
