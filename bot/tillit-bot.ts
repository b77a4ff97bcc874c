import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import { activityLocale } from './activity-facts.js';
import type { AppServices } from './app-services.js';
import { onCardActionInvoke } from './routes/card-action.js';
import { onInstalled, onMembersAdded, onMembersRemoved, onUninstalled } from './routes/installation.js';
import { onMessage } from './routes/message.js';
import type { TurnEnv } from './routes/route-types.js';

/**
 * Tillit's Teams activity handler: only wiring. Each activity family goes to
 * its route file in routes/, which parses, calls a use case and renders a card.
 */
export class TillitBot extends TeamsActivityHandler {
  constructor(private readonly app: AppServices) {
    super();
    this.onMessage(async (turn, next) => {
      await onMessage(this.env(turn));
      await next();
    });
    this.onMembersAdded(async (turn, next) => {
      await onMembersAdded(this.env(turn));
      await next();
    });
    this.onMembersRemoved(async (turn, next) => {
      await onMembersRemoved(this.env(turn));
      await next();
    });
    this.onInstallationUpdateAdd(async (turn, next) => {
      await onInstalled(this.env(turn));
      await next();
    });
    this.onInstallationUpdateRemove(async (turn, next) => {
      await onUninstalled(this.env(turn));
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    turn: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return onCardActionInvoke(this.env(turn), value);
  }

  private env(turn: TurnContext): TurnEnv {
    return { turn, app: this.app, locale: activityLocale(turn.activity, this.app.config.locale) };
  }
}
