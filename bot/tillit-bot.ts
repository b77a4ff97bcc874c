import { TeamsActivityHandler, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AppServices } from '../app/app-services.js';
import { onCardActionInvoke, unknownInvoke } from './routes/card-action.js';
import { onInstalled, onMembersAdded, onMembersRemoved, onUninstalled } from './routes/installation.js';
import { onMessage } from './routes/message.js';
import type { TurnEnv } from './routes/route-types.js';
import { createTurnEnv } from './turn-env.js';

/**
 * Tillit's Teams activity handler: only wiring. Each activity family goes to
 * its route file in routes/, which parses, calls a use case and renders a card.
 */
export class TillitBot extends TeamsActivityHandler {
  constructor(private readonly app: AppServices) {
    super();
    const route =
      (handler: (env: TurnEnv) => Promise<void>) =>
      async (turn: TurnContext, next: () => Promise<void>): Promise<void> => {
        await handler(await createTurnEnv(turn, this.app));
        await next();
      };
    this.onMessage(route(onMessage));
    this.onMembersAdded(route(onMembersAdded));
    this.onMembersRemoved(route(onMembersRemoved));
    this.onInstallationUpdateAdd(route(onInstalled));
    this.onInstallationUpdateRemove(route(onUninstalled));
  }

  /**
   * Every invoke gets a 200 and a card: Action.Execute its handler's card,
   * any other invoke name (Tillit declares none) the error card, instead of
   * the SDK's 501 or its 400 for a malformed action.
   */
  protected override async onInvokeActivity(turn: TurnContext): Promise<InvokeResponse> {
    const env = await createTurnEnv(turn, this.app);
    const body = turn.activity.name === 'adaptiveCard/action' ? await onCardActionInvoke(env, turn.activity.value) : unknownInvoke(env);
    return { status: 200, body };
  }
}
