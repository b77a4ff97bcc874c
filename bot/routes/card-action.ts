import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import { sendableCard } from '../../cards/sendable-card.js';
import { TillitError } from '../../src/errors.js';
import { adaptiveCardContentType } from '../chat-turn.js';
import { surfaceError } from '../error-surface.js';
import { replaceCard } from '../reply.js';
import { submitVerb } from '../selectors.js';
import { rememberContact } from './contact.js';
import { cardActionHandlers } from './index.js';
import type { TurnEnv } from './route-types.js';

/** Raised when a card action names a verb Tillit does not know. */
export class UnknownActionError extends TillitError<'unknown_action'> {}

const invokeValueSchema = z.object({
  action: z.object({
    type: z.string(),
    verb: z.string().max(100),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
});

async function runHandler(env: TurnEnv, verb: string | undefined, data: Record<string, unknown>) {
  const handler = verb === undefined ? undefined : cardActionHandlers.get(verb);
  if (!handler) throw new UnknownActionError('unknown_action', 'Unknown card verb', { verb: verb?.slice(0, 100) });
  return handler(env, data);
}

/**
 * An Action.Execute invoke: validate its shape, run the verb's handler and
 * answer with the card that replaces the one clicked. Errors become a
 * friendly card in place, never an HTTP error Teams would show as a failure.
 */
export async function onCardActionInvoke(env: TurnEnv, value: unknown): Promise<AdaptiveCardInvokeResponse> {
  try {
    const parsed = invokeValueSchema.safeParse(value);
    if (!parsed.success) throw new UnknownActionError('unknown_action', 'Malformed invoke value');
    await rememberContact(env);
    return cardResponse(sendableCard(await runHandler(env, parsed.data.action.verb, parsed.data.action.data ?? {})));
  } catch (error) {
    return cardResponse(surfaceError(env.app.logger, env.turn, error, env.locale));
  }
}

/** The Action.Submit fallback: same handlers, and the card is replaced with updateActivity. */
export async function runSubmitAction(env: TurnEnv): Promise<void> {
  const data = (env.turn.activity.value ?? {}) as Record<string, unknown>;
  let card;
  try {
    card = sendableCard(await runHandler(env, submitVerb(env.turn.activity), data));
  } catch (error) {
    card = surfaceError(env.app.logger, env.turn, error, env.locale);
  }
  await replaceCard(env.turn, card);
}

/** An invoke Tillit does not handle: the unknown-button card, as Teams shows a card answer. */
export function unknownInvoke(env: TurnEnv): AdaptiveCardInvokeResponse {
  return cardResponse(surfaceError(env.app.logger, env.turn, new UnknownActionError('unknown_action', 'Unknown invoke'), env.locale));
}

/** The body of an Action.Execute invoke response that shows a card (Teams' adaptiveCard/action contract). */
export interface AdaptiveCardInvokeResponse {
  statusCode: 200;
  type: typeof adaptiveCardContentType;
  value: Record<string, unknown>;
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: adaptiveCardContentType, value: card as unknown as Record<string, unknown> };
}
