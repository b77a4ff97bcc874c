import type { AppServices } from '../app/app-services.js';
import { activityLocale } from './activity-facts.js';
import type { ChatTurn, InvokeResult } from './chat-turn.js';
import { surfaceError } from './error-surface.js';
import { replyWithCard } from './reply.js';
import { onCardActionInvoke, unknownInvoke } from './routes/card-action.js';
import { cardActionHandlers } from './routes/index.js';
import { onInstalled, onMembersAdded, onMembersRemoved, onUninstalled } from './routes/installation.js';
import { onMessage } from './routes/message.js';
import type { TurnEnv } from './routes/route-types.js';
import { createTurnEnv } from './turn-env.js';

/**
 * Tillit's activity dispatch, the same for both SDKs: only wiring. Each
 * activity family goes to its route file in routes/, which parses, calls a
 * use case and renders a card. It dispatches as botbuilder's
 * TeamsActivityHandler did: a message; a conversationUpdate with members
 * added (else removed); an installationUpdate add/remove (and their
 * "-upgrade" forms); every invoke.
 */
export class TillitBot {
  constructor(private readonly app: AppServices) {}

  /**
   * Runs one turn. An invoke resolves with its response (always 200 and a
   * card); anything else with undefined. A handler's error never escapes: it
   * becomes the error card (in a message turn) and one log line with a code.
   */
  async run(turn: ChatTurn): Promise<InvokeResult | undefined> {
    try {
      return await this.app.telemetry.span('turn', { 'tillit.activity.type': activityTypeOf(turn) }, () => this.dispatch(turn));
    } catch (error) {
      const { config, logger } = this.app;
      const card = surfaceError(logger, turn, error, activityLocale(turn.activity, config.locale, config.followTeamsLocale));
      if (turn.activity.type === 'message') await replyWithCard(turn, card).catch(() => undefined);
      return undefined;
    }
  }

  private async dispatch(turn: ChatTurn): Promise<InvokeResult | undefined> {
    const activity = turn.activity;
    const route = async (handler: (env: TurnEnv) => Promise<void>) => handler(await createTurnEnv(turn, this.app));
    switch (activity.type) {
      case 'message':
        await route(onMessage);
        return undefined;
      case 'conversationUpdate':
        if ((activity.membersAdded ?? []).length > 0) await route(onMembersAdded);
        else if ((activity.membersRemoved ?? []).length > 0) await route(onMembersRemoved);
        return undefined;
      case 'installationUpdate':
        if (activity.action === 'add' || activity.action === 'add-upgrade') await route(onInstalled);
        else if (activity.action === 'remove' || activity.action === 'remove-upgrade') await route(onUninstalled);
        return undefined;
      case 'invoke':
        return this.invoke(turn);
      default:
        return undefined;
    }
  }

  /**
   * Every invoke gets a 200 and a card: Action.Execute its handler's card,
   * any other invoke name (Tillit declares none) the error card, instead of
   * an SDK's 501 or its 400 for a malformed action.
   */
  private async invoke(turn: ChatTurn): Promise<InvokeResult> {
    const env = await createTurnEnv(turn, this.app);
    const cardAction = turn.activity.name === 'adaptiveCard/action';
    const body = cardAction
      ? await this.app.telemetry.span('invoke', { 'tillit.invoke.name': 'adaptiveCard/action', 'tillit.verb': verbOf(turn.activity.value) }, () => onCardActionInvoke(env, turn.activity.value))
      : unknownInvoke(env);
    return { status: 200, body };
  }
}

const activityTypes = new Set(['message', 'conversationUpdate', 'installationUpdate', 'invoke', 'messageReaction', 'typing', 'event']);

/** The activity's type for telemetry, from a fixed list ("other" for anything else). */
function activityTypeOf(turn: ChatTurn): string {
  const type = turn.activity.type;
  return typeof type === 'string' && activityTypes.has(type) ? type : 'other';
}

/** A card action's verb for telemetry: only a verb Tillit knows, never the data that came with it. */
function verbOf(value: unknown): string {
  const verb = (value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
  return typeof verb === 'string' && cardActionHandlers.has(verb) ? verb : 'unknown';
}
