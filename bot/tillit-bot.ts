import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import type { AppServices } from './app-services.js';
import { onCardActionInvoke } from './routes/card-action.js';
import { onInstalled, onMembersAdded, onMembersRemoved, onUninstalled } from './routes/installation.js';
import { onMessage } from './routes/message.js';
import { createTurnEnv } from './turn-env.js';

/**
 * Tillit's Teams activity handler: only wiring. Each activity family goes to
 * its route file in routes/, which parses, calls a use case and renders a card.
 */
export class TillitBot extends TeamsActivityHandler {
  constructor(private readonly app: AppServices) {
    super();
    this.onMessage(async (turn, next) => {
      await onMessage(await createTurnEnv(turn, this.app));
      await next();
    });
    this.onMembersAdded(async (turn, next) => {
      await onMembersAdded(await createTurnEnv(turn, this.app));
      await next();
    });
    this.onMembersRemoved(async (turn, next) => {
      await onMembersRemoved(await createTurnEnv(turn, this.app));
      await next();
    });
    this.onInstallationUpdateAdd(async (turn, next) => {
      await onInstalled(await createTurnEnv(turn, this.app));
      await next();
    });
    this.onInstallationUpdateRemove(async (turn, next) => {
      await onUninstalled(await createTurnEnv(turn, this.app));
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    turn: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return onCardActionInvoke(await createTurnEnv(turn, this.app), value);
  }
}
